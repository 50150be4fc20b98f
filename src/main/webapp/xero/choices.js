// Choosing among the organisation's own lists (accounts, tax rates) read live from Xero, with a
// typed code instead whenever a list cannot be read.

import { ApiError } from './api.js';

/** A list the server may not offer yet (404) or cannot read from Xero now: the error, not a throw. */
export async function optional(call) {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiError && !error.isAccessProblem) {
      return error.status === 404 ? null : error;
    }
    throw error;
  }
}

/** The same refusal with its words led by {@code prefix} and no field errors of its own. */
export function withDetail(error, prefix) {
  return new ApiError(error.status, { ...error.problem, errors: [], detail: prefix + error.message });
}

/**
 * A select of {@code options} ({value, text, group}) after an empty first choice; a value not
 * among them stays chosen, named by {@code unknownText}.
 */
export function select(defaultLabel, options, value, unknownText) {
  const control = document.createElement('select');
  control.append(new Option(defaultLabel || 'Choose…', ''));
  const groups = new Map();
  for (const option of options) {
    let parent = control;
    if (option.group) {
      if (!groups.has(option.group)) {
        const group = document.createElement('optgroup');
        group.label = option.group;
        groups.set(option.group, group);
        control.append(group);
      }
      parent = groups.get(option.group);
    }
    parent.append(new Option(option.text, option.value));
  }
  if (value && !options.some((o) => o.value === value)) {
    control.append(new Option(unknownText(value), value));
  }
  control.value = value || '';
  return control;
}

/** The fallback when Xero's list cannot be read: the code typed as Xero shows it. */
export function textControl(value, placeholder) {
  const input = document.createElement('input');
  input.value = value || '';
  input.placeholder = placeholder;
  input.autocomplete = 'off';
  input.spellcheck = false;
  return input;
}

/** A labelled field around {@code control}, named for the API's field errors by data-field. */
export function labelledField(id, label, dataField, control, hint) {
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  const labelElement = document.createElement('label');
  labelElement.htmlFor = id;
  labelElement.textContent = label;
  control.id = id;
  control.dataset.field = dataField;
  wrapper.append(labelElement, control);
  if (hint) {
    const note = document.createElement('p');
    note.className = 'hint';
    note.id = `${id}-hint`;
    note.textContent = hint;
    control.setAttribute('aria-describedby', note.id);
    wrapper.append(note);
  }
  return wrapper;
}
