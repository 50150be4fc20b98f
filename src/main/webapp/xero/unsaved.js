// Unsaved changes: a settings form the owner edited is marked until it is saved or reloaded, and
// leaving the page then asks first, so an accidental reload or link does not lose the edits.

/** The forms that hold settings (data-unsaved-warning), not filters or one-off actions. */
const FORMS = 'form[data-unsaved-warning]';

export function trackUnsavedChanges() {
  for (const form of document.querySelectorAll(FORMS)) {
    // Only a person's input fires these; the page filling a form in does not.
    const mark = (event) => {
      if (event.isTrusted) {
        form.dataset.unsaved = 'true';
      }
    };
    form.addEventListener('input', mark);
    form.addEventListener('change', mark);
  }
  window.addEventListener('beforeunload', (event) => {
    if (hasUnsavedChanges()) {
      event.preventDefault();
      event.returnValue = ''; // older browsers ask only when this is set
    }
  });
}

export function hasUnsavedChanges(form) {
  return form ? form.dataset.unsaved === 'true' : document.querySelector(`${FORMS}[data-unsaved="true"]`) !== null;
}

/** After a save, or when the form was filled from the server again. */
export function markSaved(form) {
  delete form.dataset.unsaved;
}
