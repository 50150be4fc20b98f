// Section 5: what was sent to Xero, what waits and why, with retry and a back-fill of a date range.

import { announce, showPageError, showProblem, whileBusy } from './forms.js';
import { localTime } from './connection.js';

const $ = (id) => document.getElementById(id);

const PAGE_SIZE = 50;
const AUTO_REFRESH_MS = 10000;
const RETRYABLE = new Set(['NEEDS_ATTENTION', 'RETRY_WAIT']);
/** What an accountant did in Xero to what was sent, as Xero's webhooks (or the poll) told. */
const IN_XERO_WORDS = {
  PAID: 'Paid in Xero',
  VOIDED: 'Voided in Xero',
  DELETED: 'Deleted in Xero',
  EDITED: 'Edited in Xero',
};
/** The choices for a sale whose invoice was voided or deleted in Xero. */
const CHOICE_WORDS = { 'send-again': 'Send again', leave: 'Leave it' };
/** How the dispatcher words a payment the owner switched off: kept, but not worth a row. */
const NOT_RECORDED = 'Not recorded:';
export const STATUS_WORDS = {
  PENDING: 'Pending',
  SENDING: 'Sending',
  SENT: 'Sent',
  RETRY_WAIT: 'Waiting to retry',
  NEEDS_ATTENTION: 'Needs attention',
  SKIPPED: 'Skipped',
};
/** What each entry became in Xero; payments, refunds paid and payouts have no page there to link. */
const KIND_WORDS = {
  SALE: 'Sale',
  REFUND: 'Refund',
  PAYMENT: 'Payment',
  REFUND_PAYMENT: 'Refund paid',
  PAYOUT: 'Payout',
};

export class SyncLogSection {
  constructor(api, businessId) {
    this.api = api;
    this.businessId = businessId;
    this.page = 1;
    this.timer = null;
  }

  start() {
    $('sync-filter').addEventListener('submit', (e) => {
      e.preventDefault();
      this.page = 1;
      this.refresh();
    });
    $('sync-status').addEventListener('change', () => {
      this.page = 1;
      this.refresh();
    });
    $('sync-auto').addEventListener('change', (e) => this.autoRefresh(e.target.checked));
    $('sync-show-not-recorded').addEventListener('change', () => this.render(this.entries || []));
    $('sync-newer').addEventListener('click', () => this.turn(-1));
    $('sync-older').addEventListener('click', () => this.turn(1));
    $('retry-all').addEventListener('click', () => this.retryAll());
    $('resend-form').addEventListener('submit', (e) => this.resend(e));
    $('sync-rows').addEventListener('click', (e) => {
      const button = e.target.closest('button[data-entry]');
      if (button && button.dataset.choice) {
        this.choose(button);
      } else if (button) {
        this.retry(button);
      }
    });
    this.showWebhooks();
    return this.refresh();
  }

  async refresh() {
    const form = $('sync-filter');
    const query = new URLSearchParams({ page: String(this.page) });
    for (const [name, id] of [['status', 'sync-status'], ['from', 'sync-from'], ['to', 'sync-to']]) {
      if ($(id).value) {
        query.set(name, $(id).value);
      }
    }
    const entries = await whileBusy(form, this.businessId, () => this.api.get(`sync?${query}`));
    if (entries) {
      this.render(entries);
    }
  }

  /** Payments the owner chose not to record are left out unless they ask to see them. */
  render(entries) {
    this.entries = entries;
    const showAll = $('sync-show-not-recorded').checked;
    const shown = showAll ? entries : entries.filter((e) => !notRecorded(e));
    const rows = shown.map((entry) => row(entry));
    $('sync-rows').replaceChildren(...rows);
    $('sync-empty').hidden = rows.length > 0;
    const hidden = entries.length - shown.length;
    $('sync-hidden-count').hidden = hidden === 0;
    $('sync-hidden-count').textContent = hidden
      ? `${hidden} payment(s) you chose not to record are not shown on this page. Tick “Show payments you chose not to record” to see them.`
      : '';
    $('sync-table').dataset.loadedAt = String(Date.now());
    $('sync-page').textContent = `Page ${this.page}`;
    $('sync-newer').disabled = this.page === 1;
    $('sync-older').disabled = entries.length < PAGE_SIZE;
  }

  turn(delta) {
    this.page = Math.max(1, this.page + delta);
    this.refresh();
  }

  autoRefresh(on) {
    clearInterval(this.timer);
    this.timer = on ? setInterval(() => this.refresh(), AUTO_REFRESH_MS) : null;
  }

  async retry(button) {
    button.disabled = true;
    try {
      const entry = await this.api.post(`sync/${encodeURIComponent(button.dataset.entry)}/retry`);
      announce(`${entry.number || 'The entry'} is being sent to Xero again.`, 'success');
    } catch (error) {
      this.showError(error);
    }
    await this.refresh();
  }

  /** Send again (a new invoice with its own Reference) or leave a document voided in Xero. */
  async choose(button) {
    button.disabled = true;
    const { entry: id, choice } = button.dataset;
    try {
      const entry = await this.api.post(`sync/${encodeURIComponent(id)}/${choice}`);
      announce(
        choice === 'send-again'
          ? `${entry.number} is being sent to Xero again as a new invoice.`
          : `${entry.number} stays as it is in Xero.`,
        'success',
      );
    } catch (error) {
      this.showError(error);
    }
    await this.refresh();
  }

  /** Whether Xero's webhooks arrive, and the address to register for them at Xero. */
  async showWebhooks() {
    const status = $('webhook-status');
    try {
      const hooks = await this.api.get('../../../xero/webhook-status');
      const last = hooks.lastEventAt ? `last event ${localTime(hooks.lastEventAt)}` : 'no event received yet';
      status.textContent = hooks.keyConfigured
        ? `Changes made in Xero reach this log through Xero's webhooks (${last}). Webhook URL registered at Xero: ${hooks.webhookUrl}`
        : `Xero's webhooks are not set up: changes made in Xero (paid, voided, deleted) do not show here. Register ${hooks.webhookUrl} at Xero's developer portal and set quoox.xero.webhook-key.`;
    } catch (error) {
      status.textContent = '';
    }
  }

  async retryAll() {
    // Sends again everything that needs attention, in one press: only when the owner means it.
    if (!window.confirm('Send every entry that needs attention to Xero again?')) {
      return;
    }
    const button = $('retry-all');
    button.disabled = true;
    try {
      const answer = await this.api.post('sync/retry-all');
      const n = answer && answer.retried;
      announce(n ? `${n} ${n === 1 ? 'entry is' : 'entries are'} being sent to Xero again.` : 'Nothing needed attention.', 'success');
    } catch (error) {
      this.showError(error);
    } finally {
      button.disabled = false;
    }
    await this.refresh();
  }

  async resend(event) {
    event.preventDefault();
    const form = event.target;
    const body = { from: $('resend-from').value, to: $('resend-to').value };
    // Resending can create many invoices at once: only when the owner means it.
    const days = body.from === body.to ? body.from : `${body.from} to ${body.to}`;
    if (!window.confirm(`Send the sales and refunds of ${days} that Xero does not have yet?`)) {
      announce('Nothing was resent.');
      return;
    }
    const answer = await whileBusy(form, this.businessId, () => this.api.post('sync/resend', body));
    if (answer) {
      announce(
        resendSummary(answer, body),
        'success',
      );
      await this.refresh();
    }
  }

  showError(error) {
    if (error.isAccessProblem) {
      showProblem($('sync-filter'), error, this.businessId);
    } else {
      showPageError(error.message);
    }
  }
}

function notRecorded(entry) {
  return entry.status === 'SKIPPED' && String(entry.lastError || '').startsWith(NOT_RECORDED);
}

function row(entry) {
  const tr = document.createElement('tr');
  tr.dataset.testid = 'sync-row';
  tr.dataset.number = entry.number || '';
  tr.dataset.kind = entry.kind || '';
  tr.dataset.status = entry.status;
  tr.dataset.entry = entry.id;
  tr.append(
    cell(entry.number || entry.sourceId, 'number'),
    cell(kindWords(entry.kind), 'kind'),
    statusCell(entry),
    amountCell(entry),
    cell(String(entry.attempts ?? ''), 'attempts'),
    xeroCell(entry),
    cell(entry.lastError || '', 'last-error'),
    cell(localTime(entry.updatedAt), 'updated-at'),
    actionCell(entry),
  );
  // Labels for the phone layout, where each row is a card: the column headings' own words.
  const headings = [...document.querySelectorAll('#sync-table thead th')].map((th) => th.textContent.trim());
  [...tr.children].forEach((td, i) => {
    if (headings[i]) {
      td.dataset.label = headings[i];
    }
  });
  return tr;
}

function amountCell(entry) {
  const td = cell('', 'amount');
  td.className = 'amount';
  if (entry.amount != null) {
    const number = Number(entry.amount);
    td.textContent = entry.currency
      ? number.toLocaleString(undefined, { style: 'currency', currency: entry.currency })
      : number.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }
  return td;
}

function kindWords(kind) {
  return KIND_WORDS[kind] || String(kind || '').toLowerCase().replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

function cell(text, testid) {
  const td = document.createElement('td');
  td.textContent = text;
  td.dataset.testid = `sync-${testid}`;
  return td;
}

function statusCell(entry) {
  const words = notRecorded(entry) ? 'Not recorded' : STATUS_WORDS[entry.status] || entry.status;
  const td = cell(words, 'status');
  td.className = `state state-${entry.status.toLowerCase().replace('_', '-')}`;
  if (entry.nextAttemptAt && entry.status === 'RETRY_WAIT') {
    const next = document.createElement('span');
    next.className = 'hint';
    next.textContent = ` (next try ${localTime(entry.nextAttemptAt)})`;
    td.append(next);
  }
  if (entry.inXero) {
    const changed = document.createElement('span');
    changed.className = 'hint';
    changed.dataset.testid = 'sync-in-xero';
    const amount = entry.inXeroAmount != null ? ` ${Number(entry.inXeroAmount).toFixed(2)}` : '';
    changed.textContent = ` (${IN_XERO_WORDS[entry.inXero] || entry.inXero}${amount})`;
    td.append(changed);
  }
  if (entry.sentAgain) {
    const again = document.createElement('span');
    again.className = 'hint';
    again.textContent = ` (sent again ×${entry.sentAgain})`;
    td.append(again);
  }
  return td;
}

function xeroCell(entry) {
  const td = cell('', 'xero');
  // Payments, refunds paid and payouts have no number in Xero, and often no page of their own.
  const text = entry.xeroNumber || (entry.xeroUrl ? 'Open' : entry.xeroId ? 'Recorded' : '');
  if (entry.xeroUrl) {
    const link = document.createElement('a');
    link.href = entry.xeroUrl;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = text;
    const what = entry.xeroNumber || `${kindWords(entry.kind)} ${entry.number || entry.sourceId}`;
    link.setAttribute('aria-label', `${what} in Xero (opens a new tab)`);
    td.append(link);
  } else {
    td.textContent = text;
  }
  return td;
}

function actionCell(entry) {
  const td = cell('', 'action');
  if (RETRYABLE.has(entry.status)) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Retry';
    button.dataset.entry = entry.id;
    button.dataset.testid = 'retry';
    button.setAttribute('aria-label', `Retry ${entry.number || entry.sourceId}`);
    td.append(button);
  }
  for (const choice of entry.choices || []) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = CHOICE_WORDS[choice] || choice;
    button.dataset.entry = entry.id;
    button.dataset.choice = choice;
    button.dataset.testid = choice;
    button.setAttribute('aria-label', `${CHOICE_WORDS[choice] || choice}: ${entry.number || entry.sourceId}`);
    td.append(button);
  }
  return td;
}

/** What a resend did, in the owner's words: only the counts that are not zero. */
function resendSummary(answer, days) {
  const parts = [
    [answer.queued + answer.resent, 'sent to Xero now'],
    [answer.alreadyInXero, 'already in Xero'],
    [answer.onTheirWay, 'already on their way'],
    [answer.needAttention, 'need your attention first (see below)'],
  ]
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`);
  const found = `Found ${answer.found} sale(s) and refund(s) from ${days.from} to ${days.to}`;
  return parts.length ? `${found}: ${parts.join(', ')}.` : `${found}.`;
}
