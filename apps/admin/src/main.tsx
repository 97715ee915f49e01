import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import { StrictMode, useMemo, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { i18n } from './i18n/i18n';
import { accessibleColors, themeInLanguage } from './app/theme';
import { App } from './app/app';

/**
 * Mantine at AA contrast, with the theme in the interface language (the close buttons of dialogs, drawers and
 * notifications are named in it).
 */
function ThemeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const closeLabel = t('actions.close');
  const theme = useMemo(() => themeInLanguage(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={accessibleColors}>
      {children}
    </MantineProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ThemeProvider>
        <Notifications position="top-right" limit={4} />
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </ThemeProvider>
    </I18nextProvider>
  </StrictMode>,
);
