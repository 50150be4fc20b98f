// Section 1: the business's connection to Xero and the three ways to make one (DESIGN §3).

import { ApiError } from './api.js';
import { announce, showPageError, showProblem, whileBusy } from './forms.js';
import { markSaved } from './unsaved.js';
import { plainWords } from './words.js';

const MODE_NAMES = {
  OAUTH2: 'Connect to Xero',
  CUSTOM_CONNECTION: 'Custom Connection',
  LEGACY_PRIVATE_APP: 'Private app (legacy)',
};

const STATUS_WORDS = {
  CONNECTED: 'Connected',
  CHOOSING_ORGANISATION: 'Choose an organisation',
  NEEDS_RECONNECT: 'Needs reconnecting',
};

const $ = (id) => document.getElementById(id);

/** Legacy mode names differ by version (PRIVATE_APP, LEGACY_PRIVATE_APP): both mean the same. */
const isPrivateApp = (mode) => typeof mode === 'string' && mode.includes('PRIVATE');

export class ConnectionSection {
  constructor(api, businessId, onChange) {
    this.api = api;
    this.businessId = businessId;
    this.onChange = onChange;
    this.connection = null;
    this.certificateExists = false;
    this.oauthUnavailable = null;
  }

  start() {
    document.querySelectorAll('input[name=mode]').forEach((r) => r.addEventListener('change', () => this.showPanel()));
    $('connect-xero').addEventListener('click', () => this.connectToXero());
    $('reconnect').addEventListener('click', () => this.reconnect());
    $('custom-connection-form').addEventListener('submit', (e) => this.saveCustomConnection(e));
    $('private-app-form').addEventListener('submit', (e) => this.savePrivateApp(e));
    $('choose-organisation-form').addEventListener('submit', (e) => this.chooseOrganisation(e));
    $('download-certificate').addEventListener('click', () => this.downloadCertificate());
    $('test-connection').addEventListener('click', () => this.testConnection());
    $('disconnect').addEventListener('click', () => this.disconnect());
    $('sync-start-day').addEventListener('change', () => this.chooseSyncStart());
    $('sync-start-form').addEventListener('submit', (e) => e.preventDefault());
    this.showPanel();
    return this.load();
  }

  async load() {
    await Promise.all([this.loadSyncStart(), this.loadOAuthAvailability()]);
    try {
      this.render(await this.api.get('connection'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        this.render(null);
      } else {
        this.render(null, error);
      }
    }
  }

  render(connection, error) {
    this.connection = connection;
    const state = $('connection-state');
    state.dataset.status = connection ? connection.status : error ? 'UNKNOWN' : 'NOT_CONNECTED';
    $('connection-summary').textContent = summary(connection, error);
    renderDetails($('connection-details'), connection);
    const status = connection && connection.status;
    $('reconnect-warning').hidden = status !== 'NEEDS_RECONNECT';
    $('reconnect-reason').textContent = (connection && connection.statusReason) || '';
    const missing = (connection && connection.missingScopes) || [];
    $('scope-warning').hidden = missing.length === 0;
    $('missing-scopes').textContent = missing.join(', ');
    $('connection-actions').hidden = !connection;
    if (status === 'CONNECTED') {
      $('sync-start-form').hidden = true; // chosen once, at the first connection
    }
    this.renderOrganisationChoice(connection);
    // Xero retired private apps: only a business that already connects this way sees the option.
    const legacy = Boolean(connection && isPrivateApp(connection.mode));
    $('mode-private-choice').hidden = !legacy;
    if (!legacy && $('mode-private').checked) {
      $('mode-oauth2').checked = true;
    }
    if (connection) {
      this.certificateExists = Boolean(connection.certificate);
      const radio = document.querySelector(`input[name=mode][value="${isPrivateApp(connection.mode) ? 'LEGACY_PRIVATE_APP' : connection.mode}"]`);
      if (radio) {
        radio.checked = true;
      }
      if (connection.mode === 'CUSTOM_CONNECTION' && connection.clientId) {
        $('client-id').value = connection.clientId;
      }
      if (isPrivateApp(connection.mode) && connection.consumerKey) {
        $('consumer-key').value = connection.consumerKey;
      }
    }
    this.showPanel();
    if (error && error.isAccessProblem) {
      showProblem($('custom-connection-form'), error, this.businessId);
    }
    this.onChange(connection);
  }

  /**
   * Whether this server can send the owner to Xero's sign-in at all: asked first, so the button
   * says why it cannot rather than opening the server's error.
   */
  async loadOAuthAvailability() {
    let reason = null;
    try {
      const answer = await this.api.get('oauth/available');
      reason = answer.available ? null : answer.reason || 'Connect to Xero is not available on this server.';
    } catch (error) {
      // An older server without the question: offer the button as before.
      reason = error instanceof ApiError && error.status !== 404 ? `Connect to Xero cannot be offered just now: ${plainWords(error.message).text}` : null;
    }
    this.oauthUnavailable = reason;
    $('connect-xero').disabled = Boolean(reason);
    $('oauth-unavailable').hidden = !reason;
    $('oauth-unavailable').textContent = reason ? `Not available here: ${reason}` : '';
    $('mode-oauth2').closest('.choice').dataset.available = String(!reason);
  }

  /** Before the first connection the owner chooses from which day sales go to Xero. */
  async loadSyncStart() {
    try {
      const start = await this.api.get('sync-start');
      $('sync-start-form').hidden = start.everConnected;
      $('sync-start-day').value = start.sendSalesFrom || today();
    } catch (error) {
      $('sync-start-form').hidden = true;
    }
  }

  async chooseSyncStart() {
    const form = $('sync-start-form');
    const day = $('sync-start-day').value;
    const body = { sendSalesFrom: day };
    const start = await whileBusy(form, this.businessId, () => this.api.put('sync-start', body));
    if (start) {
      announce(`Sales from ${day} on go to Xero once you connect.`, 'success');
    }
  }

  renderOrganisationChoice(connection) {
    const form = $('choose-organisation-form');
    const choosing = connection && connection.status === 'CHOOSING_ORGANISATION';
    form.hidden = !choosing;
    const list = $('organisation-choices');
    list.replaceChildren();
    ((choosing && connection.organisationsToChoose) || []).forEach((org, i) => {
      const row = document.createElement('div');
      row.className = 'choice';
      const radio = document.createElement('input');
      Object.assign(radio, { type: 'radio', name: 'tenantId', id: `organisation-${i}`, value: org.tenantId });
      radio.dataset.testid = 'organisation-choice';
      const label = document.createElement('label');
      label.htmlFor = radio.id;
      label.textContent = org.name;
      row.append(radio, label);
      list.append(row);
    });
  }

  showPanel() {
    const mode = document.querySelector('input[name=mode]:checked').value;
    document.querySelectorAll('#connection .panel').forEach((panel) => {
      panel.hidden = panel.dataset.mode !== mode;
    });
  }

  connectToXero() {
    if (this.oauthUnavailable) {
      announce(this.oauthUnavailable, 'error');
      return;
    }
    if (!this.confirmReplacing()) {
      return;
    }
    announce('Opening Xero’s sign-in…');
    location.assign(this.api.url('oauth/authorize'));
  }

  /** Saving a connection over one that works replaces it: only when the owner means it. */
  confirmReplacing() {
    const current = this.connection;
    if (!current || current.status !== 'CONNECTED') {
      return true;
    }
    const name = current.organisationName || 'your Xero organisation';
    return window.confirm(
      `This business is connected to ${name} and it works. Replace that connection? Sales go to the new one from now on.`,
    );
  }

  reconnect() {
    if (this.connection && this.connection.mode === 'CUSTOM_CONNECTION') {
      $('mode-custom').checked = true;
      this.showPanel();
      $('client-secret').focus();
    } else {
      this.connectToXero();
    }
  }

  async saveCustomConnection(event) {
    event.preventDefault();
    const form = event.target;
    if (!this.confirmReplacing()) {
      announce('Nothing was changed: the connection you have stays.');
      return;
    }
    const body = {
      mode: 'CUSTOM_CONNECTION',
      clientId: form.clientId.value.trim(),
      clientSecret: form.clientSecret.value.trim(),
    };
    announce('Checking the Client ID and Secret with Xero…');
    const connection = await whileBusy(form, this.businessId, () => this.api.put('connection', body));
    form.clientSecret.value = '';
    if (connection) {
      markSaved(form);
      this.render(connection);
      announce(`Connected to ${connection.organisationName} with a Custom Connection.`, 'success');
    }
  }

  async savePrivateApp(event) {
    event.preventDefault();
    const form = event.target;
    if (!this.confirmReplacing()) {
      announce('Nothing was changed: the connection you have stays.');
      return;
    }
    const body = { consumerKey: form.consumerKey.value.trim(), consumerSecret: form.consumerSecret.value.trim() };
    announce('Verifying the private app with a test connection to Xero…');
    const connection = await whileBusy(form, this.businessId, () => this.api.put('connection/private-app', body));
    form.consumerSecret.value = '';
    if (connection) {
      markSaved(form);
      this.render(connection);
      announce(`Connected to ${connection.organisationName || 'Xero'} with the private app.`, 'success');
    }
  }

  async chooseOrganisation(event) {
    event.preventDefault();
    const form = event.target;
    const chosen = form.querySelector('input[name=tenantId]:checked');
    const body = { tenantId: chosen ? chosen.value : '' };
    const connection = await whileBusy(form, this.businessId, () => this.api.put('connection/organisation', body));
    if (connection) {
      markSaved(form);
      this.render(connection);
      announce(`Quoox now sends to ${connection.organisationName}.`, 'success');
    }
  }

  /** POST makes the certificate (201 with the PEM); GET downloads the one already made. */
  async downloadCertificate() {
    const form = $('private-app-form');
    const response = await whileBusy(form, this.businessId, async () => {
      if (this.certificateExists) {
        return this.api.fetch('connection/private-app/certificate', { method: 'GET' });
      }
      try {
        return await this.api.fetch('connection/private-app/certificate', { method: 'POST' });
      } catch (error) {
        if (error.status === 409) {
          return this.api.fetch('connection/private-app/certificate', { method: 'GET' });
        }
        throw error;
      }
    });
    if (!response) {
      return; // the problem is shown and focused
    }
    $('download-certificate').focus(); // whileBusy disabled it, which drops the focus
    this.certificateExists = true;
    const name = fileName(response.headers.get('Content-Disposition')) || `quoox-xero-${this.businessId}.cer`;
    const blob = new Blob([await response.text()], { type: 'application/pkix-cert' });
    const link = $('certificate-link');
    if (link.href) {
      URL.revokeObjectURL(link.href);
    }
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.textContent = `Save ${name} again`;
    link.hidden = false;
    link.click();
    announce(`The certificate ${name} was downloaded. Upload it when you create the private app at Xero.`, 'success');
  }

  /** The outcome is shown beside the button too, where the owner is looking. */
  async testConnection() {
    const button = $('test-connection');
    const result = $('test-result');
    button.disabled = true;
    result.textContent = 'Testing…';
    delete result.dataset.kind;
    announce('Testing the connection to Xero…');
    try {
      const connection = await this.api.post('connection/test');
      this.render(connection);
      const said = connection.lastTestResult || 'The test connection worked.';
      const failed = said.toLowerCase().includes('failed') || connection.status !== 'CONNECTED';
      const words = failed ? plainWords(said).text : `It works. ${said}.`;
      result.textContent = failed ? `✗ ${words}` : `✓ ${words}`;
      result.dataset.kind = failed ? 'error' : 'success';
      announce(failed ? words : said, failed ? 'error' : 'success');
    } catch (error) {
      result.textContent = `✗ ${plainWords(error.message).text}`;
      result.dataset.kind = 'error';
      this.showActionError(error);
    } finally {
      button.disabled = false;
      button.focus(); // disabling it dropped the focus; the owner carries on from here
    }
  }

  async disconnect() {
    const name = (this.connection && this.connection.organisationName) || 'Xero';
    if (!window.confirm(`Disconnect this business from ${name}? New sales will not be sent until you connect again.`)) {
      return;
    }
    try {
      await this.api.delete('connection');
      this.render(null);
      announce(`Disconnected from ${name}.`, 'success');
    } catch (error) {
      this.showActionError(error);
    }
  }

  showActionError(error) {
    if (error.isAccessProblem) {
      showProblem($('custom-connection-form'), error, this.businessId);
    } else {
      showPageError(error.message);
    }
  }
}

function summary(connection, error) {
  if (error) {
    return `The connection could not be read: ${error.message}`;
  }
  if (!connection) {
    return 'This business is not connected to Xero. Choose how to connect below.';
  }
  const organisation = connection.organisationName ? ` to ${connection.organisationName}` : '';
  switch (connection.status) {
    case 'CONNECTED':
      return `Connected${organisation} with ${modeName(connection.mode)}.`;
    case 'CHOOSING_ORGANISATION':
      return 'You allowed Quoox to reach several organisations at Xero: choose the one this business sends to.';
    default:
      return `Xero no longer accepts the connection${organisation}: reconnect.`;
  }
}

function modeName(mode) {
  return MODE_NAMES[mode] || (isPrivateApp(mode) ? MODE_NAMES.LEGACY_PRIVATE_APP : mode);
}

/** What an owner reads first; the ids support may ask for are folded under "Details". */
function renderDetails(dl, connection) {
  const more = $('connection-more-details');
  dl.replaceChildren();
  more.replaceChildren();
  dl.hidden = !connection;
  $('connection-more').hidden = !connection;
  if (!connection) {
    return;
  }
  const certificate = connection.certificate || {};
  fillRows(dl, [
    ['Status', STATUS_WORDS[connection.status] || connection.status, 'status'],
    ['Organisation', connection.organisationName, 'organisation'],
    ['How', modeName(connection.mode), 'mode'],
    ['Connected', localTime(connection.connectedAt), 'connected-at'],
    ['Last tested', localTime(connection.lastTestedAt), 'last-tested-at'],
    ['Last test result', connection.lastTestResult, 'last-test-result'],
  ]);
  fillRows(more, [
    ['Tenant ID', connection.tenantId, 'tenant-id'],
    ['Client ID', connection.clientId, 'client-id'],
    ['Consumer Key', connection.consumerKey, 'consumer-key'],
    ['Certificate', certificate.subject, 'certificate-subject'],
    ['Certificate SHA-256', certificate.fingerprintSha256 || certificate.sha256Fingerprint, 'certificate-fingerprint'],
    ['Certificate valid until', localTime(certificate.notAfter), 'certificate-not-after'],
  ]);
  $('connection-more').hidden = more.children.length === 0;
}

function fillRows(dl, rows) {
  for (const [term, value, testid] of rows) {
    if (value) {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      dd.textContent = value;
      dd.dataset.testid = `connection-${testid}`;
      dl.append(dt, dd);
    }
  }
}

/** Today in the browser's time zone, as a date input wants it. */
function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

export function localTime(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

function fileName(disposition) {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition || '');
  return match ? decodeURIComponent(match[1]) : null;
}
