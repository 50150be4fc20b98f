// Section 4: whether each clearing account in Xero holds what Quoox expects, and which payouts
// have not reached the bank account in Xero yet.

import { optional } from './choices.js';
import { announce, showProblem, whileBusy } from './forms.js';
import { PROVIDER_NAMES } from './payments.js';
import { STATUS_WORDS } from './synclog.js';

const $ = (id) => document.getElementById(id);

export class ReconciliationSection {
  /** {@code accountName(code)} names an account as Xero does, or answers null. */
  constructor(api, businessId, accountName) {
    this.api = api;
    this.businessId = businessId;
    this.accountName = accountName;
    this.connected = false;
  }

  start() {
    $('reconciliation-refresh').addEventListener('click', () => this.refresh(true));
  }

  async connectionChanged(connection) {
    this.connected = Boolean(connection && connection.status === 'CONNECTED');
    $('reconciliation-panel').hidden = true;
    $('reconciliation-unavailable').hidden = this.connected;
    $('reconciliation-not-offered').hidden = true;
    if (this.connected) {
      await this.refresh(false);
    }
  }

  /** Reads the balances again; says so in the status only when the person asked for it. */
  async refresh(asked) {
    if (!this.connected) {
      return;
    }
    const panel = $('reconciliation-panel');
    const answer = await whileBusy(panel, this.businessId, () => optional(this.api.get('reconciliation')));
    if (answer === null) {
      $('reconciliation-not-offered').hidden = false; // a server without this feature (404)
      return;
    }
    panel.hidden = false;
    if (answer instanceof Error) {
      showProblem(panel, answer, this.businessId);
    } else if (answer) {
      this.render(answer);
      if (asked) {
        announce(summary(answer), answer.xeroBalancesError || mismatches(answer).length ? 'error' : 'success');
      }
    }
  }

  render(answer) {
    const accounts = answer.accounts || [];
    $('reconciliation-rows').replaceChildren(...accounts.map((a) => this.row(a)));
    $('reconciliation-empty').hidden = accounts.length > 0;
    $('reconciliation-table').hidden = accounts.length === 0;
    $('reconciliation-table').dataset.loadedAt = String(Date.now());
    const balancesError = $('xero-balances-error');
    balancesError.hidden = !answer.xeroBalancesError;
    balancesError.textContent = answer.xeroBalancesError
      ? `${answer.xeroBalancesError} Only the balances Quoox expects are shown; press Refresh to try again.`
      : '';
    const payouts = answer.payoutsNotTransferred || [];
    $('payouts-pending').replaceChildren(...payouts.map(payoutItem));
    $('payouts-pending').hidden = payouts.length === 0;
    $('payouts-all-transferred').hidden = payouts.length > 0;
  }

  row(account) {
    const tr = document.createElement('tr');
    tr.dataset.testid = 'reconciliation-row';
    tr.dataset.account = account.accountCode || '';
    const header = document.createElement('th');
    header.scope = 'row';
    const name = account.accountCode && this.accountName(account.accountCode);
    // No code: money recorded before its way of paying was switched off and left without an account.
    header.textContent = !account.accountCode ? 'No account chosen' : name ? `${account.accountCode} — ${name}` : account.accountCode;
    header.dataset.testid = 'reconciliation-account';
    tr.append(
      header,
      cell((account.providers || []).map((p) => PROVIDER_NAMES[p] || p).join(', '), 'providers'),
      cell(amount(account.expected), 'expected', 'amount'),
      cell(account.inXero == null ? 'Not known' : amount(account.inXero), 'in-xero', 'amount'),
      differenceCell(account.difference),
    );
    tr.dataset.matches = account.difference == null ? 'unknown' : String(Number(account.difference) === 0);
    // Labels for the phone layout, where each row is a card: the column headings' own words.
    const headings = [...document.querySelectorAll('#reconciliation-table thead th')].map((th) => th.textContent.trim());
    [...tr.children].forEach((cellElement, i) => {
      if (i > 0 && headings[i]) {
        cellElement.dataset.label = headings[i];
      }
    });
    return tr;
  }
}

function differenceCell(difference) {
  const td = cell('', 'difference', 'amount');
  if (difference == null) {
    td.textContent = 'Not known';
  } else if (Number(difference) === 0) {
    td.textContent = `${amount(difference)} (matches)`;
  } else {
    // Said in words and marked with a sign, not by colour alone.
    const strong = document.createElement('strong');
    strong.textContent = `⚠ ${amount(difference)}`;
    td.append(strong, ' (does not match)');
    td.classList.add('mismatch');
  }
  return td;
}

function payoutItem(payout) {
  const li = document.createElement('li');
  li.dataset.testid = 'payout-not-transferred';
  li.dataset.payout = payout.payoutId;
  const provider = PROVIDER_NAMES[payout.provider] || payout.provider;
  const state = STATUS_WORDS[payout.state] || payout.state || '';
  const arrival = payout.arrivalDate ? `, arriving ${day(payout.arrivalDate)}` : '';
  li.textContent = `${provider} payout ${payout.payoutId} of ${amount(payout.net)}${arrival}: ${state}`;
  if (payout.lastError) {
    li.append(document.createElement('br'), `Xero said: ${payout.lastError}`);
  }
  return li;
}

function summary(answer) {
  if (answer.xeroBalancesError) {
    return `Reconciliation refreshed, without Xero’s balances: ${answer.xeroBalancesError}`;
  }
  const off = mismatches(answer).length;
  return off
    ? `Reconciliation refreshed: ${off} clearing account(s) do not match Xero.`
    : 'Reconciliation refreshed: every clearing account matches Xero.';
}

function mismatches(answer) {
  return (answer.accounts || []).filter((a) => a.difference != null && Number(a.difference) !== 0);
}

function cell(text, testid, className) {
  const td = document.createElement('td');
  td.textContent = text;
  td.dataset.testid = `reconciliation-${testid}`;
  if (className) {
    td.className = className;
  }
  return td;
}

function amount(value) {
  if (value == null || value === '') {
    return '';
  }
  return Number(value).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A day as YYYY-MM-DD, shown in the reader's way without shifting it by a time zone. */
function day(text) {
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  return Number.isNaN(date.getTime()) ? text : date.toLocaleDateString();
}
