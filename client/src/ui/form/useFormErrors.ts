import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/** A problem with a form: beside a field (`field` is its name) or about the whole form. */
export interface FormError {
  field?: string;
  message: string;
}

export interface FormErrors {
  errors: readonly FormError[];
  /** The message beside `field`, if any. */
  errorOf(field: string): string | undefined;
  /** The id of the input for `field` (the summary links to it). */
  idOf(field: string): string;
  /** Shows these errors and moves focus to the summary (an empty list clears them). */
  show(errors: readonly FormError[]): void;
  clear(): void;
  summaryRef: React.RefObject<HTMLDivElement | null>;
}

/**
 * Error state of one form. `prefix` makes the input ids unique on the page (`register-email`).
 * After `show`, focus moves to the error summary so screen-reader and keyboard users hear at
 * once what to fix, and can follow its links to each field.
 */
export function useFormErrors(prefix: string): FormErrors {
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusRequest > 0) summaryRef.current?.focus();
  }, [focusRequest]);

  const show = useCallback((next: readonly FormError[]) => {
    setErrors(next);
    if (next.length > 0) setFocusRequest((n) => n + 1);
  }, []);
  const clear = useCallback(() => setErrors([]), []);
  const idOf = useCallback((field: string) => `${prefix}-${field}`, [prefix]);

  return useMemo(
    () => ({
      errors,
      errorOf: (field: string) => errors.find((e) => e.field === field)?.message,
      idOf,
      show,
      clear,
      summaryRef,
    }),
    [errors, idOf, show, clear],
  );
}
