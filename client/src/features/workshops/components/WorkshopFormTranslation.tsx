import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A translation's fields, folded away until wanted: open at first when it already has text,
 * and opened whenever one of its fields has an error (so the summary's link can reach it).
 * The browser keeps the open state afterwards; React never closes it under the writer.
 */
export function WorkshopFormTranslation({ summary, open, hasError, children }: { summary: string; open: boolean; hasError: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (open && ref.current) ref.current.open = true;
    // Only the first render decides; later the reader does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (hasError && ref.current) ref.current.open = true;
  }, [hasError]);
  return (
    <details ref={ref} className="workshop-translation">
      <summary>{summary}</summary>
      <fieldset className="fieldset">
        <legend className="visually-hidden">{summary}</legend>
        {children}
      </fieldset>
    </details>
  );
}
