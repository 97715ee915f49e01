// What must be undone however a fault test ends: API processes, the throwaway PostgreSQL cluster, temp folders.
const tasks = [];

/** Registers an undo step; returns a function that runs it once and unregisters it. */
export function onCleanup(fn) {
  const task = { fn, done: false };
  tasks.push(task);
  return async () => {
    if (task.done) return;
    task.done = true;
    await fn();
  };
}

/** Runs every pending undo step, the latest first; an error in one does not stop the others. */
export async function cleanUp() {
  for (const task of tasks.splice(0).reverse()) {
    if (task.done) continue;
    task.done = true;
    try {
      await task.fn();
    } catch (error) {
      console.error(`cleanup: ${error instanceof Error ? error.message : error}`);
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}
