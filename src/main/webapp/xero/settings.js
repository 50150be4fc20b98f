// The Xero settings page of one business (?businessId=…): connection, coding, payments and
// payouts, reconciliation, sync log, recent changes.

import { businessApi } from './api.js';
import { AuditSection } from './audit.js';
import { ConnectionSection } from './connection.js';
import { announce, closableStatus, showPageError } from './forms.js';
import { MappingsSection } from './mappings.js';
import { PaymentsSection } from './payments.js';
import { ReadinessSection } from './readiness.js';
import { ReconciliationSection } from './reconciliation.js';
import { SyncLogSection } from './synclog.js';
import { trackUnsavedChanges } from './unsaved.js';

const BUSINESS_ID = /^[A-Za-z0-9._-]{1,64}$/;

async function main() {
  const params = new URLSearchParams(location.search);
  const businessId = params.get('businessId') || '';
  if (!BUSINESS_ID.test(businessId)) {
    showPageError('Open this page from Quoox: its address must name the business (?businessId=…).');
    document.getElementById('main').hidden = true;
    return;
  }
  closableStatus();
  trackUnsavedChanges();
  const api = businessApi(businessId);
  const named = showBusinessName(api, businessId);
  const mappings = new MappingsSection(api, businessId);
  const reconciliation = new ReconciliationSection(api, businessId, (code) => payments.accountName(code));
  const payments = new PaymentsSection(api, businessId, () => reconciliation.refresh(false));
  const readiness = new ReadinessSection(api);
  const connection = new ConnectionSection(api, businessId, (c) => {
    mappings.connectionChanged(c);
    readiness.connectionChanged(c);
    // The reconciliation names accounts as the payments section read them from Xero.
    payments
      .connectionChanged(c)
      .then(() => reconciliation.connectionChanged(c))
      .catch((error) => showPageError(`Payments could not be shown: ${error.message}`));
  });
  const syncLog = new SyncLogSection(api, businessId);
  const audit = new AuditSection(api);
  readiness.start();
  mappings.start();
  payments.start();
  reconciliation.start();
  await Promise.all([connection.start(), syncLog.start(), audit.start(), named]);
  if (params.get('xero')) {
    // Back from Xero's sign-in (the OAuth callback adds the resulting status).
    announce(`Back from Xero: ${connection.connection ? document.getElementById('connection-summary').textContent : 'not connected.'}`);
  }
  document.body.dataset.ready = 'true';
}

/** The business as people name it; its id until the name is known (or if it cannot be). */
async function showBusinessName(api, businessId) {
  let name = businessId;
  try {
    name = (await api.get('business')).name || businessId;
  } catch (error) {
    // an older server, or not allowed: the id still says which business this is
  }
  document.getElementById('business-name').textContent = `for ${name}`;
  document.title = `Xero settings for ${name} · Quoox`;
}

main().catch((error) => showPageError(`The page could not start: ${error.message}`));
