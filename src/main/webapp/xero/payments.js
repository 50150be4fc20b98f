// Section 3: which ways of paying Quoox records in Xero as payments on the sale's invoice, into
// which clearing account, and how a provider's payout (fees, then the transfer to the bank) is
// recorded. Accounts and tax rates come from the organisation's own lists.

import { ApiError } from './api.js';
import { labelledField, optional, select, textControl, withDetail } from './choices.js';
import { announce, showProblem, whileBusy } from './forms.js';
import { hasUnsavedChanges, markSaved } from './unsaved.js';

const $ = (id) => document.getElementById(id);

export const PROVIDER_NAMES = {
  STRIPE: 'Stripe',
  GOCARDLESS: 'GoCardless',
  CASH: 'Cash',
  CARD: 'Card',
  OTHER: 'Other ways of paying',
};

/** Providers that pay out to the business's bank, so their payouts always want recording. */
const PAYS_OUT = new Set(['STRIPE', 'GOCARDLESS']);
const EXPENSE_TYPES = ['DIRECTCOSTS', 'EXPENSE', 'OVERHEADS'];
const LEAVE_UNSET = 'Leave unset';

const CLEARING_HINTS = {
  STRIPE: 'A bank account in Xero for Stripe, such as “Stripe”.',
  GOCARDLESS: 'A bank account in Xero for GoCardless, such as “GoCardless”.',
  CASH: 'The account the cash goes to, such as the till or petty cash.',
  CARD: 'The account card payments go to, such as your card terminal provider’s account.',
  OTHER: 'The account this money goes to.',
};

export class PaymentsSection {
  constructor(api, businessId, onSaved) {
    this.api = api;
    this.businessId = businessId;
    this.onSaved = onSaved;
    this.loaded = null;
    this.accounts = null;
    this.taxRates = null;
  }

  start() {
    $('payments-form').addEventListener('submit', (e) => this.save(e));
    $('provider-settings').addEventListener('change', (e) => {
      if (e.target.matches('input[type=checkbox][data-provider]')) {
        this.showSwitch(e.target);
      }
    });
  }

  /** Shown, and filled from Xero, only while the business is connected; edits survive a test. */
  async connectionChanged(connection) {
    const usable = Boolean(connection && connection.status === 'CONNECTED');
    const tenantId = usable ? connection.tenantId || null : null;
    const sameOrganisation = this.loaded !== null && tenantId === this.tenantId;
    this.tenantId = tenantId;
    if (usable && sameOrganisation && hasUnsavedChanges($('payments-form'))) {
      return;
    }
    $('payments-form').hidden = true;
    $('payments-unavailable').hidden = usable;
    $('payments-not-offered').hidden = true;
    if (usable) {
      await this.load();
    }
  }

  async load() {
    const form = $('payments-form');
    form.setAttribute('aria-busy', 'true');
    try {
      const [payments, accounts, taxRates] = await Promise.all([
        optional(this.api.get('payments')),
        optional(this.api.get('accounts')),
        optional(this.api.get('tax-rates?use=expenses')),
      ]);
      if (payments === null) {
        $('payments-not-offered').hidden = false; // a server without this feature (404)
        return;
      }
      if (payments instanceof ApiError) {
        throw payments;
      }
      form.hidden = false;
      this.loaded = payments;
      // A bank account without a code is named by its AccountID.
      this.accounts = Array.isArray(accounts) ? accounts.filter((a) => (a.code || a.accountId) && a.active !== false) : null;
      this.taxRates = Array.isArray(taxRates) ? taxRates.filter((t) => t.active !== false) : null;
      this.render(payments.providers || {});
      markSaved(form);
      const lists = [accounts, taxRates].filter((l) => l instanceof ApiError);
      if (lists.length) {
        showProblem(form, withDetail(lists[0], 'Xero’s accounts or tax rates could not be read, so type the codes: '), this.businessId);
      }
    } catch (error) {
      form.hidden = false;
      showProblem(form, error, this.businessId);
    } finally {
      form.removeAttribute('aria-busy');
    }
  }

  /** The name Xero gives the account, when its list could be read. */
  accountName(code) {
    const account = (this.accounts || []).find((a) => (a.code || a.accountId) === code);
    return account ? account.name : null;
  }

  render(providers) {
    const order = [...Object.keys(PROVIDER_NAMES), ...Object.keys(providers).filter((p) => !(p in PROVIDER_NAMES))];
    $('provider-settings').replaceChildren(
      ...order.filter((p) => p in providers).map((p) => this.providerFieldset(p, providers[p] || {})),
    );
  }

  providerFieldset(provider, settings) {
    const name = PROVIDER_NAMES[provider] || provider;
    const key = provider.toLowerCase();
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'provider';
    fieldset.dataset.testid = 'provider';
    fieldset.dataset.provider = provider;
    const legend = document.createElement('legend');
    legend.textContent = name;
    const accounts = document.createElement('div');
    accounts.className = 'provider-accounts';
    accounts.append(
      labelledField(`${key}-account`, 'Account the money goes into', fieldName(provider, 'accountCode'),
        this.clearingControl(settings.accountCode), `${CLEARING_HINTS[provider] || CLEARING_HINTS.OTHER} Refunds paid back come out of it too.`),
      this.payoutsPart(provider, settings),
    );
    fieldset.append(legend, this.recordSwitch(provider, name, settings), accounts);
    this.showSwitch(fieldset.querySelector('input[type=checkbox]'));
    return fieldset;
  }

  recordSwitch(provider, name, settings) {
    const wrapper = document.createElement('div');
    wrapper.className = 'choice';
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    checkbox.id = `${provider.toLowerCase()}-record`;
    checkbox.checked = Boolean(settings.recordPayments);
    checkbox.dataset.provider = provider;
    checkbox.dataset.field = fieldName(provider, 'recordPayments');
    const label = document.createElement('label');
    label.htmlFor = checkbox.id;
    label.textContent = provider === 'OTHER' ? 'Record other payments in Xero' : `Record ${name} payments in Xero`;
    wrapper.append(checkbox, label);
    return wrapper;
  }

  /** Fees and the net payout: a fieldset for Stripe and GoCardless, optional (folded) for others. */
  payoutsPart(provider, settings) {
    const key = provider.toLowerCase();
    const fields = [
      labelledField(`${key}-fee-account`, 'Account for the fees', fieldName(provider, 'feeAccountCode'),
        this.feeAccountControl(settings.feeAccountCode), 'Usually an expense account such as “Bank Fees”.'),
      labelledField(`${key}-fee-tax`, 'Tax rate on the fees', fieldName(provider, 'feeTaxType'),
        this.feeTaxControl(settings.feeTaxType), 'Needed with a fees account: a tax rate for expenses, e.g. “No VAT”.'),
      labelledField(`${key}-payout-account`, 'Bank account the payouts go to', fieldName(provider, 'payoutAccountCode'),
        this.payoutControl(settings.payoutAccountCode), 'Your business’s bank account in Xero, not the account above.'),
    ];
    const explanation = document.createElement('p');
    explanation.className = 'hint';
    explanation.textContent =
      'For each payout Quoox records the fees as money spent from the account above to the fees account, ' +
      'and the rest as a transfer to your bank account. Xero does this only from a bank account, so the ' +
      'account above must then be a bank account.';
    if (PAYS_OUT.has(provider)) {
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'nested';
      const legend = document.createElement('legend');
      legend.textContent = `${PROVIDER_NAMES[provider]} payouts`;
      fieldset.append(legend, explanation, ...fields);
      return fieldset;
    }
    const details = document.createElement('details');
    details.open = Boolean(settings.feeAccountCode || settings.feeTaxType || settings.payoutAccountCode);
    const summary = document.createElement('summary');
    summary.textContent = 'Payouts (optional)';
    details.append(summary, explanation, ...fields);
    return details;
  }

  /** A provider switched off keeps its accounts, greyed out, for when it is switched on again. */
  showSwitch(checkbox) {
    const fieldset = checkbox.closest('fieldset.provider');
    fieldset.querySelectorAll('.provider-accounts select, .provider-accounts input').forEach((control) => {
      control.disabled = !checkbox.checked;
    });
    fieldset.dataset.recording = String(checkbox.checked);
  }

  clearingControl(value) {
    const usable = (a) => a.type === 'BANK' || a.enablePaymentsToAccount;
    return this.accountControl(value, usable, (a) => (a.type === 'BANK' ? 'Bank accounts' : 'Accounts that accept payments'),
      (v) => `${v} (not a bank account or an account that accepts payments in Xero)`, 'e.g. 092');
  }

  payoutControl(value) {
    return this.accountControl(value, (a) => a.type === 'BANK', () => null, (v) => `${v} (not a bank account in Xero)`, 'e.g. 091');
  }

  feeAccountControl(value) {
    if (!this.accounts) {
      return textControl(value, 'e.g. 404');
    }
    const rank = (a) => (EXPENSE_TYPES.includes(a.type) ? 0 : 1);
    const sorted = [...this.accounts].sort((a, b) => rank(a) - rank(b));
    return select(LEAVE_UNSET, sorted.map((a) => option(a, a.type)), value, (v) => `${v} (not in Xero’s chart of accounts)`);
  }

  accountControl(value, usable, group, unknownText, placeholder) {
    if (!this.accounts) {
      return textControl(value, placeholder);
    }
    return select(LEAVE_UNSET, this.accounts.filter(usable).map((a) => option(a, group(a))), value, unknownText);
  }

  feeTaxControl(value) {
    if (!this.taxRates) {
      return textControl(value, 'e.g. NONE');
    }
    const options = this.taxRates.map((t) => ({ value: t.taxType, text: `${t.name} (${Number(t.effectiveRate)} %)` }));
    return select(LEAVE_UNSET, options, value, (v) => `${v} (not one of Xero’s tax rates for expenses)`);
  }

  async save(event) {
    event.preventDefault();
    const form = event.target;
    const body = this.collect();
    announce('Saving payments and payouts…');
    const saved = await whileBusy(form, this.businessId, () => this.api.put('payments', body));
    if (saved) {
      this.loaded = saved;
      markSaved(form);
      announce('Payments and payouts are saved. Payments from now on are recorded in Xero with these accounts.', 'success');
      document.dispatchEvent(new CustomEvent('quoox-xero:saved'));
      this.onSaved();
    }
  }

  /** Every provider, switched off ones with their accounts kept; "Leave unset" sends null. */
  collect() {
    const providers = {};
    for (const fieldset of $('provider-settings').querySelectorAll('fieldset.provider')) {
      const provider = fieldset.dataset.provider;
      const value = (name) => fieldset.querySelector(`[data-field="${fieldName(provider, name)}"]`).value.trim() || null;
      providers[provider] = {
        ...((this.loaded && this.loaded.providers && this.loaded.providers[provider]) || {}),
        recordPayments: fieldset.querySelector('input[type=checkbox][data-provider]').checked,
        accountCode: value('accountCode'),
        feeAccountCode: value('feeAccountCode'),
        feeTaxType: value('feeTaxType'),
        payoutAccountCode: value('payoutAccountCode'),
      };
    }
    return { ...this.loaded, providers };
  }
}

function fieldName(provider, name) {
  return `providers[${provider}].${name}`;
}

function option(account, group) {
  return { value: account.code || account.accountId, text: account.code ? `${account.code} — ${account.name}` : account.name, group };
}
