// The demo page: sells, refunds and takes payments through the demo shop, and shows the module's
// sync log of business demo-coffee in plain words, read every 2 seconds through the demo shop
// (which reads the module's own API as the demo's owner, so the page needs no sign-in).
const BUSINESS = 'demo-coffee';
const SHOP = `../api/demo/businesses/${BUSINESS}`;
const REFRESH_MS = 2000;

const sandboxPort = new URLSearchParams(location.search).get('sandbox') || '8089';
const sandbox = `http://${location.hostname}:${sandboxPort}/_sandbox`;

const KINDS = {
  SALE: 'Sale', REFUND: 'Refund', PAYMENT: 'Payment', REFUND_PAYMENT: 'Refund paid out',
  PAYOUT: 'Payout',
};
const STATUSES = {
  PENDING: 'Waiting to be sent', SENDING: 'Sending to Xero', SENT: 'In Xero',
  RETRY_WAIT: 'Xero did not answer: trying again soon', NEEDS_ATTENTION: 'Needs attention',
  SKIPPED: 'Not sent to Xero',
};

const $ = (id) => document.getElementById(id);
let shown = null; // the rows as last drawn, to redraw and announce only what changed
let failing = false;

function say(text) {
  $('news').textContent = text;
}

function money(amount, currency) {
  if (amount == null) return '';
  return currency
    ? new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(amount)
    : String(amount);
}

/** The sandbox's page of the invoice or credit note; payments have none of their own. */
function documentLink(row) {
  if (!row.xeroId || (row.kind !== 'SALE' && row.kind !== 'REFUND')) return null;
  const a = document.createElement('a');
  a.href = `${sandbox}/documents/${encodeURIComponent(row.xeroId)}`;
  a.textContent = row.xeroNumber || 'open';
  return a;
}

function cell(tr, label, ...content) {
  const td = tr.insertCell();
  td.dataset.label = label;
  td.append(...content.filter((c) => c != null));
  return td;
}

function button(text, row, action) {
  const b = document.createElement('button');
  b.type = 'button';
  b.dataset.action = action;
  b.dataset.sale = row.sourceId;
  const which = document.createElement('span');
  which.className = 'vh';
  which.textContent = ` of sale ${row.number}`;
  b.append(text, which);
  return b;
}

function statusOf(row) {
  const words = document.createElement('span');
  words.textContent = STATUSES[row.status] || row.status;
  words.className = row.status === 'SENT' ? 'in-xero'
    : row.status === 'NEEDS_ATTENTION' ? 'trouble' : '';
  if (!row.lastError || row.status === 'SENT') return [words];
  const detail = document.createElement('span');
  detail.className = 'detail';
  detail.textContent = row.lastError;
  return [words, detail];
}

function draw(rows) {
  // Redrawing moves focus off a button the person is on; it is put back on its twin afterwards.
  const focused = document.activeElement?.dataset?.action
    ? `[data-action="${document.activeElement.dataset.action}"][data-sale="${document.activeElement.dataset.sale}"]`
    : null;
  const body = $('rows');
  body.replaceChildren();
  for (const row of rows) {
    const tr = body.insertRow();
    tr.dataset.id = row.id;
    tr.dataset.kind = row.kind;
    tr.dataset.status = row.status;
    cell(tr, 'What', `${KINDS[row.kind] || row.kind} ${row.number || ''}`);
    cell(tr, 'Status', ...statusOf(row));
    cell(tr, 'In Xero', documentLink(row) || '—');
    cell(tr, 'Total', money(row.amount, row.currency)).className = 'money';
    cell(tr, 'Do next', ...(row.kind === 'SALE'
      ? [button('Refund one item', row, 'refund-one-item'),
        button('Record a card payment', row, 'card-payment')]
      : []));
  }
  $('empty').hidden = rows.length > 0;
  $('log').hidden = rows.length === 0;
  if (focused) document.querySelector(focused)?.focus();
}

/** One sentence per row that is new or changed since the last look, e.g. "Sale S-1001: In Xero, INV-0001." */
function changes(before, rows) {
  const old = new Map(before.map((r) => [r.id, `${r.status}|${r.xeroNumber}`]));
  return rows
    .filter((r) => old.get(r.id) !== `${r.status}|${r.xeroNumber}`)
    .map((r) => `${KINDS[r.kind] || r.kind} ${r.number}: ${STATUSES[r.status] || r.status}`
      + (r.xeroNumber ? `, ${r.xeroNumber}.` : '.'))
    .join(' ');
}

async function refresh() {
  try {
    const answer = await fetch(`${SHOP}/sync-log`, { headers: { Accept: 'application/json' } });
    if (!answer.ok) throw new Error(`the shop answered ${answer.status}`);
    const rows = await answer.json();
    if (JSON.stringify(rows) !== JSON.stringify(shown)) {
      const news = shown ? changes(shown, rows) : '';
      draw(rows);
      shown = rows;
      if (news) say(news);
    }
    failing = false;
  } catch (e) {
    if (!failing) say(`Could not read the sync log (${e.message}); trying again.`);
    failing = true;
  } finally {
    setTimeout(refresh, REFRESH_MS);
  }
}

/** Fires an event through the demo shop and says what happened; the log shows it next refresh. */
async function act(path, done) {
  const answer = await fetch(`${SHOP}/${path}`, { method: 'POST' });
  const body = await answer.json().catch(() => null);
  if (answer.ok) say(done(body));
  else say(typeof body === 'string' ? body : `The shop answered ${answer.status}.`);
}

$('sandbox').href = `${sandbox}/`;
$('sell').addEventListener('click', () => act('random-sale?onTab=true',
  (sale) => `Sold ${sale.saleNumber} for ${money(sale.totalCharged, sale.currency)}, on the customer's tab.`));
$('rows').addEventListener('click', (event) => {
  const b = event.target.closest('button[data-action]');
  if (!b) return;
  const path = `sales/${encodeURIComponent(b.dataset.sale)}/${b.dataset.action}`;
  act(path, (e) => (b.dataset.action === 'card-payment'
    ? `Card payment of ${money(e.amount, e.currency)} taken.`
    : `Refund ${e.refundNumber}: ${e.lines[0].description}, ${money(e.amount, e.currency)}.`));
});
refresh();
