import type { ReactNode } from 'react';

/**
 * Words only screen readers hear, after a visible label that is clear on screen but ambiguous
 * when read alone: "Ta bort" + "rollen Moderator från Anna". The space stays outside the hidden
 * span, so every browser joins the two with it.
 */
export function HiddenContext({ children }: { children: ReactNode }) {
  return (
    <>
      {' '}
      <span className="visually-hidden">{children}</span>
    </>
  );
}
