import { NAMESPACES } from '@medskapa/shared';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { shortText, voteAddress } from '../voteAddress';
import { QrCode } from './QrCode';

export interface VoterCodeSheetProps {
  /** The codes just issued, XXXX-XXXX. */
  codes: readonly string[];
  /** The class or group they were made for, if named. */
  batchLabel: string | null;
  question: string;
  organizationName: string;
  municipalityName: string;
  shortCode: string;
  /** The site's origin the slips send pupils to. */
  origin: string;
  /** "Done, hide the codes". */
  onDone(): void;
}

/**
 * The voter codes just issued, as cut-out slips to print: each with who asks, the question,
 * the short link, the code in large letters and a QR code that opens the voting page with the
 * code filled in. The codes exist only here (the API stores their hashes), so the sheet says
 * to print now. When printed, only this sheet is printed (see styles.css, "polls: results,
 * voter-code sheet"). It takes focus when it appears, so screen-reader users hear it came.
 */
export function VoterCodeSheet({ codes, batchLabel, question, organizationName, municipalityName, shortCode, origin, onDone }: VoterCodeSheetProps) {
  const { t } = useTranslation(NAMESPACES);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shortLink = voteAddress(origin, shortCode);
  const slipQuestion = shortText(question);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="voter-sheet" aria-labelledby={headingId}>
      <div className="voter-sheet__screen-only">
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          {batchLabel
            ? t('pollResults:sheet.headingWithLabel', { label: batchLabel, count: codes.length })
            : t('pollResults:sheet.heading', { count: codes.length })}
        </h3>
        <p className="voter-sheet__warning">
          <strong>{t('pollResults:sheet.printNow')}</strong> {t('pollResults:sheet.whyOnce')}
        </p>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('pollResults:sheet.print')}
          </button>
          <button type="button" className="button" onClick={onDone}>
            {t('pollResults:sheet.done')}
          </button>
        </div>
      </div>
      <ul className="voter-sheet__slips" aria-label={t('pollResults:sheet.slipsLabel')}>
        {codes.map((code) => (
          <li key={code} className="voter-slip" data-testid="voter-slip">
            <p className="voter-slip__sender">
              {organizationName} · {municipalityName}
            </p>
            <p className="voter-slip__question">{slipQuestion}</p>
            <div className="voter-slip__body">
              <div className="voter-slip__text">
                <p className="voter-slip__go">
                  {t('pollResults:sheet.goTo')} <span className="voter-slip__link">{shortLink}</span>
                </p>
                <p className="voter-slip__code-label">{t('pollResults:sheet.codeLabel')}</p>
                <p className="voter-slip__code">{code}</p>
                <p className="voter-slip__scan">{t('pollResults:sheet.scan')}</p>
              </div>
              {/* The address is printed beside it, so the picture is hidden from screen readers. */}
              <QrCode value={voteAddress(origin, shortCode, code)} className="voter-slip__qr" />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
