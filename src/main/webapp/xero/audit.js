// Recent changes: who changed this business's Xero settings or acted on its sending, when (in the
// viewer's own time) and what, newest first. Answers "who changed the sales account?".

import { localTime } from './connection.js';

const $ = (id) => document.getElementById(id);

/** How many changes the page shows; the API gives more to whoever asks. */
const SHOWN = 10;

const TOPIC_WORDS = {
  CONNECTION: 'Connection',
  SYNC_START: 'First day sent',
  MAPPINGS: 'Account and tax coding',
  PAYMENTS: 'Payments and payouts',
  DISPATCH: 'Sending',
  SYNC_LOG: 'Sync log',
};

export class AuditSection {
  constructor(api) {
    this.api = api;
    this.asked = 0;
  }

  start() {
    // api.js announces every change the page made; the history then shows it.
    document.addEventListener('quoox-xero:changed', () => this.refresh());
    $('audit-refresh').addEventListener('click', () => this.refresh());
    return this.refresh();
  }

  async refresh() {
    const asked = ++this.asked;
    let changes;
    try {
      changes = await this.api.get(`audit?limit=${SHOWN}`);
    } catch (error) {
      this.show([], `The history could not be read: ${error.message}`);
      return;
    }
    if (asked === this.asked) {
      // A slower, older answer must not replace a newer one.
      this.show(changes, changes.length ? '' : 'No changes yet.');
    }
  }

  show(changes, note) {
    $('audit-list').replaceChildren(...changes.map(item));
    $('audit-note').textContent = note;
    $('audit-note').hidden = !note;
    $('audit-list').dataset.loadedAt = String(Date.now());
  }
}

function item(change) {
  const li = document.createElement('li');
  li.dataset.testid = 'audit-row';
  li.dataset.topic = change.topic;
  const when = document.createElement('time');
  when.dateTime = change.at;
  when.textContent = localTime(change.at);
  const who = document.createElement('strong');
  who.className = 'who';
  who.textContent = change.user;
  const topic = document.createElement('span');
  topic.className = 'topic';
  topic.textContent = TOPIC_WORDS[change.topic] || change.topic;
  const what = document.createElement('span');
  what.className = 'what';
  what.textContent = change.summary;
  li.append(when, ' ', who, ' · ', topic, ': ', what);
  return li;
}
