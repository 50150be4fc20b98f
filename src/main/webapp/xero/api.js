// Same-origin calls to the module's REST API for one business. The browser adds the user's
// credentials itself (HTTP Basic); failures arrive as RFC 9457 problems with field errors.
// Every call carries X-Requested-By: the API refuses a change without it, which a form or a
// foreign page cannot send, so that they cannot borrow the user's credentials.

/** A refused call: the HTTP status and the problem the API answered (or one made up for it). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `The server answered ${status}`);
    this.status = status;
    this.problem = problem;
  }

  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }

  /** The user is not signed in, or may not act for this business. */
  get isAccessProblem() {
    return this.status === 401 || this.status === 403;
  }
}

/** Words for an access problem that say what to do about it. */
export function accessMessage(error, businessId) {
  return error.status === 401
    ? 'You are not signed in to Quoox (the server answered 401). Sign in and open this page again.'
    : `Your Quoox user may not manage the Xero settings of business ${businessId} (the server answered 403). Ask an owner of the business for access.`;
}

export function businessApi(businessId) {
  const base = new URL(`../api/businesses/${encodeURIComponent(businessId)}/xero/`, location.href);
  return {
    base,
    url: (path) => new URL(path, base).href,
    get: (path) => call(base, path, { method: 'GET' }),
    put: (path, body) => call(base, path, { method: 'PUT', body }),
    post: (path, body) => call(base, path, { method: 'POST', body }),
    delete: (path) => call(base, path, { method: 'DELETE' }),
    /** The raw answer, for downloads: throws like the others when it is not a success. */
    fetch: (path, init) => send(base, path, init),
  };
}

async function call(base, path, { method, body }) {
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await send(base, path, init);
  if (response.status === 204) {
    return null;
  }
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

async function send(base, path, init = {}) {
  let response;
  try {
    const headers = { ...init.headers, 'X-Requested-By': 'quoox-xero' };
    response = await fetch(new URL(path, base), { credentials: 'same-origin', ...init, headers });
  } catch (e) {
    throw new ApiError(0, { detail: `Quoox could not be reached (${e.message}). Check your connection and try again.` });
  }
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response));
  }
  if ((init.method || 'GET') !== 'GET') {
    // Whatever the page changed, sections that show changes (the history) read them again.
    document.dispatchEvent(new CustomEvent('quoox-xero:changed'));
  }
  return response;
}

async function problemOf(response) {
  const text = await response.text();
  try {
    const problem = JSON.parse(text);
    if (problem && typeof problem === 'object') {
      return problem;
    }
  } catch (e) {
    // not JSON: an error page of the server or a proxy
  }
  return { status: response.status, detail: `The server answered ${response.status} ${response.statusText}`.trim() };
}
