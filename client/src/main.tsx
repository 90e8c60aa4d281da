import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { AppProviders } from './app/providers';
import { browserLanguageSources, detectLanguage } from './i18n/detect';
import { createI18n } from './i18n/i18n';
import { registerServiceWorker } from './pwa/register';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('No #root element in index.html');

// Texts first: the first render is already in the reader's language.
void createI18n(detectLanguage(browserLanguageSources())).then((i18n) => {
  createRoot(container).render(
    <StrictMode>
      <AppProviders i18n={i18n}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
});

// The offline app shell (workshop capture form); not in development, where modules change.
if (import.meta.env.PROD) registerServiceWorker();
