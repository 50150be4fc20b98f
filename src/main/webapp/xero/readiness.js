// Whether the business's organisation in Xero will take its sales as the owner means them:
// each item OK, worth a look, or blocking, with the fix in plain words.

import { ApiError } from './api.js';

const $ = (id) => document.getElementById(id);

const LEVEL_WORDS = { OK: 'OK', WARNING: 'Check', BLOCKING: 'Fix first' };

export class ReadinessSection {
  constructor(api) {
    this.api = api;
  }

  start() {
    $('readiness-refresh').addEventListener('click', () => this.refresh());
    // Mappings and payments announce a save with this event.
    document.addEventListener('quoox-xero:saved', () => this.refresh());
  }

  /** Called with the connection whenever it changes (saved, tested, disconnected). */
  connectionChanged(connection) {
    if (connection && connection.status === 'CONNECTED') {
      this.refresh();
    } else {
      this.show('Connect to Xero to check.', []);
    }
  }

  async refresh() {
    $('readiness-summary').textContent = 'Checking with Xero…';
    try {
      const readiness = await this.api.get('readiness');
      const blocking = readiness.items.filter((i) => i.level === 'BLOCKING').length;
      const warnings = readiness.items.filter((i) => i.level === 'WARNING').length;
      const summary = blocking
        ? `${blocking} thing(s) to fix before sales reach Xero correctly${warnings ? `, ${warnings} to check` : ''}.`
        : warnings
          ? `Ready, with ${warnings} thing(s) worth a look.`
          : 'Ready: Xero will take the sales as you chose.';
      this.show(summary, readiness.items);
    } catch (error) {
      const words = error instanceof ApiError && error.status === 409
        ? 'Connect to Xero to check.'
        : `Xero could not be asked just now: ${error.message}`;
      this.show(words, []);
    }
  }

  show(summary, items) {
    $('readiness-summary').textContent = summary;
    const list = $('readiness-items');
    list.replaceChildren();
    for (const item of items) {
      const li = document.createElement('li');
      li.dataset.level = item.level;
      li.dataset.topic = item.topic;
      const level = document.createElement('strong');
      level.className = 'level';
      level.textContent = `${LEVEL_WORDS[item.level] || item.level}: `;
      const title = document.createElement('span');
      title.textContent = item.title;
      li.append(level, title);
      if (item.fix) {
        const fix = document.createElement('p');
        fix.className = 'hint';
        fix.textContent = item.fix;
        li.append(fix);
      }
      list.append(li);
    }
  }
}
