import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { browserLanguageSources, detectLanguage } from '../i18n/detect';
import { createI18n } from '../i18n/i18n';
import { takeVoteAddress } from './address';
import { VotePage } from './VotePage';
import './vote.css';

/*
 * The pupils' voting page (/r/<shortCode>): a bundle of its own, without the router, urql or the
 * other features, so that it loads fast on a phone with a weak connection.
 */
const container = document.getElementById('root');
if (!container) throw new Error('No #root element in vote.html');

// Read (and remove) the voter code from the address before anything else can log or share it.
const { shortCode, voterCode } = takeVoteAddress();

void createI18n(detectLanguage(browserLanguageSources()), ['vote']).then((i18n) => {
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <VotePage shortCode={shortCode} initialCode={voterCode} />
      </I18nextProvider>
    </StrictMode>,
  );
});
