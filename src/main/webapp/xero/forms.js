// Shows the API's problems where they belong: each field error next to its field, the rest at the
// top of the form, focus on the first, and a short word in the page's live status region.

import { accessMessage } from './api.js';
import { fillWithPlainWords, plainWords } from './words.js';

const FOCUSABLE = 'input:not([type=hidden]), select, textarea, button';

/** Announces a short outcome to everyone, screen readers included (aria-live region). */
export function announce(message, kind = 'info') {
  const bar = document.getElementById('status-bar');
  const status = document.getElementById('status');
  status.textContent = message;
  bar.dataset.kind = kind;
  bar.hidden = !message;
}

/** The × of the message bar: the owner has read it and wants the room back. */
export function closableStatus() {
  const close = document.getElementById('status-close');
  close.addEventListener('click', () => {
    announce('');
    // Focus must not be lost with the button that had it.
    document.getElementById('main').focus({ preventScroll: true });
  });
}

export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((p) => p.remove());
  form.querySelectorAll('[aria-invalid]').forEach((input) => {
    input.removeAttribute('aria-invalid');
    const describedBy = (input.getAttribute('aria-describedby') || '')
      .split(' ')
      .filter((id) => id && !id.endsWith('-error'));
    if (describedBy.length) {
      input.setAttribute('aria-describedby', describedBy.join(' '));
    } else {
      input.removeAttribute('aria-describedby');
    }
  });
  const summary = form.querySelector('.form-error');
  if (summary) {
    summary.hidden = true;
    summary.textContent = '';
  }
}

/**
 * Renders a failed call in {@code form}: access problems page-wide, field errors next to their
 * fields (matched by data-field, then by prefix), anything else at the top of the form.
 */
export function showProblem(form, error, businessId) {
  clearErrors(form);
  if (error.isAccessProblem) {
    showPageError(accessMessage(error, businessId));
    return;
  }
  const fields = [...form.querySelectorAll('[data-field]')];
  const unmatched = [];
  let first = null;
  for (const { field, message } of error.fieldErrors) {
    const target = fieldFor(fields, field);
    if (target) {
      markInvalid(target, message);
      first = earliest(first, target);
    } else {
      unmatched.push(field ? `${field}: ${message}` : message);
    }
  }
  const summary = form.querySelector('.form-error');
  if (unmatched.length || !first) {
    fillWithPlainWords(summary, unmatched.length ? unmatched.join(' ') : error.message);
    summary.hidden = false;
    first = first || summary;
  }
  const kept = keptWords(form);
  if (kept) {
    const note = document.createElement('span');
    note.className = 'kept';
    note.dataset.testid = 'kept';
    note.textContent = summary.hidden ? kept : ` ${kept}`;
    summary.append(note);
    summary.hidden = false;
  }
  const said = first === summary ? plainWords(unmatched.length ? unmatched.join(' ') : error.message).text : 'Please correct the marked fields.';
  announce(kept ? `${said} ${kept}` : said, 'error');
  focusable(first).focus();
}

/** What the owner typed stays in the form; only secrets are emptied, and they are told so. */
function keptWords(form) {
  if (form.dataset.unsaved !== 'true') {
    return ''; // nothing typed: nothing to reassure about
  }
  return form.querySelector('input[type=password]')
    ? 'What you typed is kept, except the secret: type it again.'
    : 'What you typed is kept.';
}

/** A message for the whole page (e.g. not signed in), focused so it is read at once. */
export function showPageError(message) {
  const alert = document.getElementById('page-error');
  fillWithPlainWords(alert, message);
  alert.hidden = false;
  alert.focus();
  announce('', 'error'); // the alert itself is read out; no second copy
}

function fieldFor(fields, name) {
  if (!name) {
    return null;
  }
  const clean = name.replace(/^(arg\d+|body)\./, '');
  const exact = fields.find((f) => f.dataset.field === clean);
  if (exact) {
    return exact;
  }
  // "categories[Coffee]" → its first field; "sales" → sales.accountCode; longer names → their owner.
  const inside = fields.find((f) => f.dataset.field.startsWith(`${clean}.`) || f.dataset.field.startsWith(`${clean}[`));
  if (inside) {
    return inside;
  }
  const owners = fields.filter((f) => clean.startsWith(`${f.dataset.field}.`) || clean.startsWith(`${f.dataset.field}[`));
  return owners.sort((a, b) => b.dataset.field.length - a.dataset.field.length)[0] || null;
}

function markInvalid(target, message) {
  const control = focusable(target);
  const errorId = `${control.id || target.dataset.field.replace(/[^A-Za-z0-9_-]/g, '_')}-error`;
  let note = document.getElementById(errorId);
  if (!note) {
    note = document.createElement('p');
    note.className = 'field-error';
    note.id = errorId;
    note.dataset.testid = 'field-error';
    note.dataset.errorFor = target.dataset.field;
    (target.closest('.field, .choice, td, .actions, fieldset') || target).append(note);
  }
  const words = document.createElement('span');
  fillWithPlainWords(words, message);
  note.append(note.childNodes.length ? ' ' : '', ...words.childNodes);
  control.setAttribute('aria-invalid', 'true');
  const describedBy = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  if (!describedBy.includes(errorId)) {
    control.setAttribute('aria-describedby', [...describedBy, errorId].join(' '));
  }
}

function focusable(element) {
  return element.matches(FOCUSABLE) || element.tabIndex >= 0
    ? element
    : element.querySelector(FOCUSABLE) || element;
}

function earliest(a, b) {
  if (!a) {
    return b;
  }
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? b : a;
}

/** Runs {@code action} with the form's submit button disabled, showing its problem if it fails. */
export async function whileBusy(form, businessId, action) {
  const buttons = [...form.querySelectorAll('button')];
  buttons.forEach((b) => (b.disabled = true));
  form.setAttribute('aria-busy', 'true');
  try {
    clearErrors(form);
    return await action();
  } catch (error) {
    if (error.problem) {
      showProblem(form, error, businessId);
      return undefined;
    }
    throw error;
  } finally {
    buttons.forEach((b) => (b.disabled = false));
    form.removeAttribute('aria-busy');
  }
}
