import { lazy, Suspense, useState } from 'react';
import { Button } from '@mantine/core';
import { IconTableImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { loadPlanImportWords } from '../../i18n/lazy-sections';
import type { PlanImportWeek } from './plan-import-dialog';

await loadPlanImportWords();

// The dialog (with its file reading) is fetched when someone opens it, not with the board.
const PlanImportDialog = lazy(() =>
  import('./plan-import-dialog').then((m) => ({ default: m.PlanImportDialog })),
);

interface PlanImportButtonProps {
  week: PlanImportWeek & { status: string };
  /** The sessions are planned: the board fetches the plan again. */
  onImported: () => void;
}

/** "Import plan" on the week board, for those who plan, while the week's plan can still change. */
export function PlanImportButton({ week, onImported }: PlanImportButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  if (week.status === 'CLOSED') return null;
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconTableImport size={16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('planImport.open')}
      </Button>
      <Suspense fallback={null}>
        {opened && <PlanImportDialog week={week} onClose={() => setOpened(false)} onImported={onImported} />}
      </Suspense>
    </>
  );
}
