/**
 * Whatever the harness starts (processes, databases, folders) registers how to undo it here. It is undone in
 * reverse order when the run ends, fails or is interrupted, so a broken run leaves no API running and no
 * database behind.
 */
const tasks = [];
let running = null;

export function onCleanup(label, undo) {
  const task = { label, undo };
  tasks.push(task);
  return () => {
    const index = tasks.indexOf(task);
    if (index >= 0) tasks.splice(index, 1);
  };
}

export function cleanup() {
  running ??= (async () => {
    while (tasks.length > 0) {
      const { label, undo } = tasks.pop();
      try {
        await undo();
      } catch (error) {
        console.error(`cleanup: ${label}: ${error?.message ?? error}`);
      }
    }
    running = null;
  })();
  return running;
}

let installed = false;

/** Undo everything on Ctrl-C, on SIGTERM and on an uncaught error, then exit. */
export function installSignalHandlers() {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      console.error(`\n${signal}: cleaning up`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  process.on('uncaughtException', (error) => {
    console.error(error);
    void cleanup().finally(() => process.exit(1));
  });
  process.on('unhandledRejection', (error) => {
    console.error(error);
    void cleanup().finally(() => process.exit(1));
  });
}
