/** Where the browser keeps its respondent token for a survey series (all versions share it). */
export function respondentTokenKey(seriesOrSurveyId: string): string {
  return `medskapa.survey-token.${seriesOrSurveyId}`;
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,128}$/;

/** 32 random bytes as base64url (43 characters): unguessable, and only its hash is stored by the API. */
export function newRespondentToken(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * This browser's token for the survey: the kept one, else a new one that is kept. The token is
 * what lets an anonymous respondent resume and answer only once; without localStorage (private
 * mode in some browsers) it lives as long as the page.
 */
export function respondentTokenFor(seriesOrSurveyId: string): string {
  const key = respondentTokenKey(seriesOrSurveyId);
  try {
    const kept = localStorage.getItem(key);
    if (kept && TOKEN_PATTERN.test(kept)) return kept;
    const token = newRespondentToken();
    localStorage.setItem(key, token);
    return token;
  } catch {
    return newRespondentToken();
  }
}
