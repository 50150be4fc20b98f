// Section 2: which Xero account and tax rate each kind of line gets, chosen from the organisation's
// own live lists. "Leave as default" is the empty choice, resolved when saving.

import { ApiError } from './api.js';
import { labelledField, optional, select, textControl, withDetail } from './choices.js';
import { announce, showProblem, whileBusy } from './forms.js';
import { hasUnsavedChanges, markSaved } from './unsaved.js';

const $ = (id) => document.getElementById(id);

const DEFAULT_ACCOUNT = {
  sales: null,
  shipping: 'Leave as default (the default sales account)',
  rounding: null,
  category: 'Leave as default (the default sales coding)',
};
const DEFAULT_TAX = 'Leave as default (the account’s tax rate in Xero)';

/** Xero's income account types, under the names an owner knows them by. */
const INCOME_GROUPS = { REVENUE: 'Revenue', SALES: 'Sales', OTHERINCOME: 'Other income' };

/** Every other type Xero has, named plainly, for the rounding account (any active account). */
const TYPE_GROUPS = {
  ...INCOME_GROUPS,
  BANK: 'Bank accounts',
  CURRENT: 'Current assets',
  FIXED: 'Fixed assets',
  INVENTORY: 'Inventory',
  NONCURRENT: 'Non-current assets',
  PREPAYMENT: 'Prepayments',
  CURRLIAB: 'Current liabilities',
  LIABILITY: 'Liabilities',
  TERMLIAB: 'Long-term liabilities',
  PAYGLIABILITY: 'Payroll liabilities',
  SUPERANNUATIONLIABILITY: 'Superannuation liabilities',
  WAGESPAYABLELIABILITY: 'Wages payable',
  EQUITY: 'Equity',
  DIRECTCOSTS: 'Direct costs',
  EXPENSE: 'Expenses',
  OVERHEADS: 'Overheads',
  DEPRECIATN: 'Depreciation',
};

/** Allowed, but worth a second look: said beside the choice, never refused. */
function unusualChoice(kind, account) {
  if (!account) {
    return '';
  }
  if (kind !== 'rounding' && !(account.type in INCOME_GROUPS)) {
    return `${account.code} is not an income account in Xero: sales booked there will not show as income. Kept as chosen.`;
  }
  if (kind === 'rounding' && account.type === 'BANK') {
    return `${account.code} is a bank account: pennies of rounding there make it differ from the bank statement.`;
  }
  if (kind !== 'rounding' && account.type === 'OTHERINCOME') {
    return `${account.code} is “Other income”: most sales go to a Revenue or Sales account.`;
  }
  return '';
}

export class MappingsSection {
  constructor(api, businessId) {
    this.api = api;
    this.businessId = businessId;
    this.loaded = null;
    this.accounts = null;
    this.taxRates = null;
    this.tenantId = null;
  }

  start() {
    $('mappings-form').addEventListener('submit', (e) => this.save(e));
    $('add-category').addEventListener('click', () => this.addCategory());
    $('mappings-form').addEventListener('change', (e) => {
      if (e.target.matches('select[data-coding-kind]')) {
        this.showUnusual(e.target);
      }
    });
    $('reference-template').addEventListener('input', () => showReferenceExample());
    $('new-category').addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        this.addCategory();
      }
    });
  }

  /**
   * Shown, and filled from Xero, only while the business is connected. A test or a save of the
   * same organisation's connection keeps what the owner is editing; another organisation has
   * other accounts, so the form is read again.
   */
  async connectionChanged(connection) {
    const usable = Boolean(connection && connection.status === 'CONNECTED');
    $('mappings-form').hidden = !usable;
    $('mappings-unavailable').hidden = usable;
    const tenantId = usable ? connection.tenantId || null : null;
    const sameOrganisation = this.loaded !== null && tenantId === this.tenantId;
    this.tenantId = tenantId;
    if (usable && !(sameOrganisation && hasUnsavedChanges($('mappings-form')))) {
      await this.load();
    }
  }

  async load() {
    const form = $('mappings-form');
    form.setAttribute('aria-busy', 'true');
    try {
      const [mapping, accounts, taxRates, categories] = await Promise.all([
        this.api.get('mappings'),
        optional(this.api.get('accounts')),
        optional(this.api.get('tax-rates')),
        optional(this.api.get('categories')),
      ]);
      this.loaded = mapping;
      this.accounts = Array.isArray(accounts) ? accounts.filter((a) => a.code) : null;
      this.taxRates = Array.isArray(taxRates) ? taxRates : null;
      this.render(mapping, Array.isArray(categories) ? categories : []);
      markSaved(form);
      const lists = [accounts, taxRates].filter((l) => l instanceof ApiError);
      if (lists.length) {
        showProblem(form, withDetail(lists[0], 'Xero’s accounts or tax rates could not be read, so type the codes: '), this.businessId);
      }
    } catch (error) {
      showProblem(form, error, this.businessId);
    } finally {
      form.removeAttribute('aria-busy');
    }
  }

  render(mapping, categories) {
    this.renderPair('sales', 'sales', mapping.sales);
    this.renderPair('shipping', 'shipping', mapping.shipping);
    this.renderPair('rounding', null, { accountCode: mapping.roundingAccount, taxType: mapping.roundingTaxType });
    const names = [...new Set([...categories, ...Object.keys(mapping.categories || {})])].sort((a, b) => a.localeCompare(b));
    $('category-rows').replaceChildren();
    names.forEach((name) => this.addCategoryRow(name, (mapping.categories || {})[name]));
    $('no-categories').hidden = names.length > 0;
    $('invoice-status').value = mapping.invoiceStatus || 'AUTHORISED';
    const strategy = document.querySelector(`input[name=contactStrategy][value="${mapping.contactStrategy || 'SINGLE_CONTACT'}"]`);
    if (strategy) {
      strategy.checked = true;
    }
    $('single-contact-name').value = mapping.singleContactName || '';
    // Newer servers add these three; older ones leave them out and the fields stay hidden.
    $('reference-template-field').hidden = !('referenceTemplate' in mapping);
    $('reference-template').value = mapping.referenceTemplate || '';
    $('link-to-sale-field').hidden = !('linkToSale' in mapping);
    $('link-to-sale').checked = Boolean(mapping.linkToSale);
    const locked = document.querySelector(`input[name=lockedPeriod][value="${mapping.lockedPeriod || 'PARK'}"]`);
    if (locked) {
      locked.checked = true;
    }
    $('invoicing-field').hidden = !('invoicing' in mapping);
    const invoicing = document.querySelector(`input[name=invoicing][value="${mapping.invoicing || 'PER_SALE'}"]`);
    if (invoicing) {
      invoicing.checked = true;
    }
    showReferenceExample();
    $('mappings-form').querySelectorAll('select[data-coding-kind]').forEach((s) => this.showUnusual(s));
  }

  /** A warning under an account choice that is allowed but unusual; gone once it is usual. */
  showUnusual(control) {
    const field = control.closest('.field');
    const id = `${control.id}-unusual`;
    let note = document.getElementById(id);
    const account = (this.accounts || []).find((a) => a.code === control.value);
    const words = unusualChoice(control.dataset.codingKind, account);
    if (!words) {
      note?.remove();
      const rest = describedWithout(control, id);
      if (rest) {
        control.setAttribute('aria-describedby', rest);
      } else {
        control.removeAttribute('aria-describedby');
      }
      return;
    }
    if (!note) {
      note = document.createElement('p');
      note.id = id;
      note.className = 'choice-warning';
      note.dataset.testid = 'choice-warning';
      field.append(note);
    }
    note.textContent = words;
    control.setAttribute('aria-describedby', [describedWithout(control, id), id].filter(Boolean).join(' '));
  }

  renderPair(kind, prefix, coding) {
    const container = document.querySelector(`.pair[data-coding="${kind}"]`);
    const accountField = prefix ? `${prefix}.accountCode` : 'roundingAccount';
    const taxField = prefix ? `${prefix}.taxType` : 'roundingTaxType';
    container.replaceChildren(
      this.field(`${kind}-account`, 'Account', accountField, this.accountControl(kind, DEFAULT_ACCOUNT[kind], coding && coding.accountCode)),
      this.field(`${kind}-tax`, 'Tax rate', taxField, this.taxControl(coding && coding.taxType)),
    );
  }

  field(id, label, dataField, control) {
    return labelledField(id, label, dataField, control);
  }

  addCategoryRow(name, coding) {
    const index = $('category-rows').children.length;
    const row = document.createElement('tr');
    row.dataset.testid = 'category-row';
    row.dataset.category = name;
    const header = document.createElement('th');
    header.scope = 'row';
    header.textContent = name;
    row.append(header);
    const cells = [
      ['account', `Account for ${name}`, `categories[${name}].accountCode`, this.accountControl('category', DEFAULT_ACCOUNT.category, coding && coding.accountCode)],
      ['tax', `Tax rate for ${name}`, `categories[${name}].taxType`, this.taxControl(coding && coding.taxType)],
    ];
    for (const [kind, label, dataField, control] of cells) {
      const cell = document.createElement('td');
      const field = this.field(`category-${index}-${kind}`, label, dataField, control);
      field.querySelector('label').className = 'visually-hidden';
      cell.append(field);
      row.append(cell);
    }
    $('category-rows').append(row);
    $('no-categories').hidden = true;
    return row;
  }

  addCategory() {
    const input = $('new-category');
    const name = input.value.trim();
    if (!name) {
      input.focus();
      return;
    }
    const existing = [...$('category-rows').children].find((row) => row.dataset.category === name);
    const row = existing || this.addCategoryRow(name, null);
    input.value = '';
    row.querySelector('select, input').focus();
    announce(existing ? `${name} is already listed.` : `Added ${name}: choose its account and tax rate, then save.`);
  }

  /**
   * Sales, shipping and categories choose among income accounts; rounding among all active ones.
   * A saved account outside the list stays chosen, named for what it is.
   */
  accountControl(kind, defaultLabel, value) {
    if (!this.accounts) {
      return textControl(value, 'e.g. 200');
    }
    const offered = kind === 'rounding'
      ? this.accounts.filter((a) => a.active !== false)
      : this.accounts.filter((a) => a.active !== false && a.type in INCOME_GROUPS);
    const options = offered.map((a) => ({ value: a.code, text: `${a.code} — ${a.name}`, group: TYPE_GROUPS[a.type] || 'Other accounts' }));
    const unknown = (v) => {
      const account = this.accounts.find((a) => a.code === v);
      return account ? `${v} — ${account.name} (not an income account)` : `${v} (not in Xero’s chart of accounts)`;
    };
    const control = select(defaultLabel, options, value, unknown);
    control.dataset.codingKind = kind;
    return control;
  }

  taxControl(value) {
    if (!this.taxRates) {
      return textControl(value, 'e.g. OUTPUT2');
    }
    const options = this.taxRates.map((t) => ({ value: t.taxType, text: `${t.name} (${Number(t.effectiveRate)} %)` }));
    return select(DEFAULT_TAX, options, value, (v) => `${v} (not one of Xero’s tax rates)`);
  }

  async save(event) {
    event.preventDefault();
    const form = event.target;
    const body = this.collect();
    announce('Saving the coding…');
    const saved = await whileBusy(form, this.businessId, () => this.api.put('mappings', body));
    if (saved) {
      this.loaded = saved;
      markSaved(form);
      announce('The account and tax coding is saved. New sales use it; press Retry on parked ones.', 'success');
      document.dispatchEvent(new CustomEvent('quoox-xero:saved'));
    }
  }

  /** The whole mapping object; "leave as default" choices resolved as the hints say. */
  collect() {
    const value = (id) => $(id).value.trim();
    const defaultTax = (code) => ((this.accounts || []).find((a) => a.code === code) || {}).taxType || '';
    const salesAccount = value('sales-account');
    const sales = { accountCode: salesAccount, taxType: value('sales-tax') || defaultTax(salesAccount) };
    const categories = {};
    for (const row of $('category-rows').children) {
      const [account, tax] = row.querySelectorAll('select, input');
      if (account.value || tax.value) {
        const code = account.value || sales.accountCode;
        categories[row.dataset.category] = { accountCode: code, taxType: tax.value || (account.value ? defaultTax(code) : sales.taxType) };
      }
    }
    const shippingAccount = value('shipping-account');
    const roundingAccount = value('rounding-account');
    const body = {
      ...this.loaded,
      categories,
      sales,
      shipping: {
        accountCode: shippingAccount || sales.accountCode,
        taxType: value('shipping-tax') || (shippingAccount ? defaultTax(shippingAccount) : sales.taxType),
      },
      roundingAccount,
      roundingTaxType: value('rounding-tax') || defaultTax(roundingAccount),
      invoiceStatus: value('invoice-status'),
      contactStrategy: (document.querySelector('input[name=contactStrategy]:checked') || {}).value,
      singleContactName: value('single-contact-name'),
    };
    if (!$('reference-template-field').hidden) {
      body.referenceTemplate = value('reference-template');
    }
    if (!$('link-to-sale-field').hidden) {
      body.linkToSale = $('link-to-sale').checked;
    }
    body.lockedPeriod = (document.querySelector('input[name=lockedPeriod]:checked') || {}).value || 'PARK';
    if (!$('invoicing-field').hidden) {
      body.invoicing = (document.querySelector('input[name=invoicing]:checked') || {}).value;
    }
    return body;
  }
}

function describedWithout(control, id) {
  return (control.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && x !== id).join(' ');
}

/** The reference as Xero will show it for an example sale, next to the template. */
function showReferenceExample() {
  const template = $('reference-template').value.trim();
  $('reference-example').textContent = template.includes('{number}')
    ? `Yours: ${template} → ${template.replaceAll('{number}', 'S-1001')}.`
    : template
      ? `Yours has no {number}, so every invoice gets the same reference “${template}”.`
      : '';
}
