import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import { StrictMode, useMemo, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { i18n, i18nReady } from './i18n/i18n';
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

const app = (
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ThemeProvider>
        {/* Over the page header, not over the log's newest entries (top right) nor the send button (bottom). */}
        <Notifications position="top-center" limit={3} autoClose={4000} />
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </ThemeProvider>
    </I18nextProvider>
  </StrictMode>
);

// The words of the reader's language come in their own chunk: render once they are in (or without them, showing
// keys rather than nothing, if they could not be fetched).
void i18nReady.catch(() => undefined).then(() => createRoot(root).render(app));
