// Plain words for what the API and Xero answer in codes: what happened and what to do. The code
// itself stays, smaller, on a detail line, for Quoox support or the accountant.

/** Known codes and phrases (tested in this order) → what happened, and what to do about it. */
const KNOWN = [
  [/invalid_client/, 'Xero did not accept this Client ID and Client Secret together.',
    'Copy both again from your app at developer.xero.com (generate a new secret if in doubt) and press Save.'],
  [/consumer_key_unknown/, 'Xero does not know this Consumer Key.',
    'Copy the Consumer Key again from your private app at developer.xero.com and press Save.'],
  [/signature_invalid/, 'Xero could not check Quoox’s signature with the certificate of your private app.',
    'Upload the certificate you downloaded last to your private app at Xero, then press Save.'],
  [/token_rejected|invalid_grant|token_expired/, 'Xero no longer accepts the sign-in Quoox kept for you.',
    'Reconnect to Xero and sign in again.'],
  [/unauthorized_client|access_denied/, 'Xero did not let Quoox in.',
    'Sign in at Xero again and press Allow access for your organisation.'],
  [/must be a day as YYYY-MM-DD/, 'That is not a whole day.',
    'Pick the day with the calendar, or type it as year-month-day, e.g. 2026-12-06.'],
  [/Xero answered 429|rate limit/i, 'Xero asked Quoox to slow down for a moment.',
    'Nothing was lost. Try again in a minute.'],
  [/Xero answered 5\d\d|Xero did not answer|could not be reached/i, 'Xero is not answering just now.',
    'Nothing was changed. Try again in a few minutes.'],
  [/The server answered 5\d\d/, 'Quoox’s server had a problem.',
    'Try again; if it happens again, tell Quoox support what you were doing.'],
];

/** {text, detail}: the owner's words, and the original when it was a code they need not read. */
export function plainWords(message) {
  const original = String(message || '').trim();
  for (const [pattern, happened, todo] of KNOWN) {
    if (pattern.test(original)) {
      return { text: `${happened} ${todo}`, detail: original };
    }
  }
  return { text: original, detail: '' };
}

/** {@code element} filled with the plain words and, when there is one, a small detail line. */
export function fillWithPlainWords(element, message) {
  const { text, detail } = plainWords(message);
  element.replaceChildren(text);
  if (detail) {
    const small = document.createElement('span');
    small.className = 'detail';
    small.textContent = `Xero’s or the server’s words: ${detail}`;
    element.append(small);
  }
  return element;
}
