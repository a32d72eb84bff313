// The portal's only script. Every form that changes something posts JSON (or a file, or a CSV) to the
// REST API with the session's CSRF token, and shows the API's problem+json answer next to the fields.
(function () {
  'use strict';

  // A form may word a status its own way (a shop import's 422 is no case's); the layout words the rest.
  function text(key, form) {
    return (form && form.dataset[key]) || document.getElementById('portal-messages').dataset[key] || '';
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function headers(extra) {
    const h = Object.assign({'Accept': 'application/json, application/problem+json'}, extra);
    const name = document.querySelector('meta[name=csrf-header]');
    const token = document.querySelector('meta[name=csrf-token]');
    if (name && token) {
      h[name.content] = token.content;
    }
    return h;
  }

  // A list of dates (or other words) typed one a line, or separated by spaces or commas.
  function words(value) {
    return value.split(/[\s,]+/).filter(w => w !== '');
  }

  function convert(value, type) {
    if (type === 'number') {
      return Number(value);
    }
    if (type === 'lines') {
      return words(value);
    }
    if (type === 'boolean') {
      return value === true || value === 'true';
    }
    if (type === 'list') {
      // ids typed one after another, separated by commas (either width) or spaces
      return value.split(/[,，\s]+/).filter(item => item !== '');
    }
    return value;
  }

  function put(body, name, value) {
    const path = name.split('.');
    let at = body;
    path.slice(0, -1).forEach(p => { at = at[p] = at[p] || {}; });
    at[path[path.length - 1]] = value;
  }

  function valueOf(el) {
    if (el.type === 'checkbox') {
      return el.checked;
    }
    if (el.dataset.json === 'secret') {
      return el.value; // a password is sent exactly as typed
    }
    if (el.type === 'radio' && !el.checked) {
      return '';
    }
    return el.value.trim();
  }

  // Only what is shown is sent: a hidden conditional field is not part of the answer.
  function shown(el) {
    return !el.disabled && !el.closest('[hidden]');
  }

  function bodyOf(form) {
    const body = {};
    form.querySelectorAll('[data-json]').forEach(el => {
      if (el.dataset.json === 'each') {
        // a box of a list (a webhook's events): its value joins the list when it is ticked
        if (shown(el) && el.checked) {
          (body[el.name] = body[el.name] || []).push(el.value);
        }
        return;
      }
      const v = valueOf(el);
      // an empty list is sent as one: it says there is none, where leaving it out would say nothing
      if (shown(el) && !el.closest('[data-list]') && (v !== '' || el.dataset.json === 'lines')) {
        put(body, el.name, convert(v, el.dataset.json));
      }
    });
    form.querySelectorAll('[data-list]').forEach(list => {
      if (!shown(list)) {
        return;
      }
      const rows = [];
      list.querySelectorAll('[data-list-row]').forEach(row => {
        const item = {};
        row.querySelectorAll('[data-json]').forEach(el => {
          if (el.value.trim() !== '') {
            item[el.name] = convert(el.value.trim(), el.dataset.json);
          }
        });
        if (Object.keys(item).length) {
          rows.push(item);
        }
      });
      body[list.dataset.list] = rows;
    });
    // a choice of several (the evidence an appeal cites) is sent as the list of the values chosen
    form.querySelectorAll('[data-checklist]').forEach(list => {
      if (shown(list)) {
        body[list.dataset.checklist] = Array.from(list.querySelectorAll('input[type=checkbox]:checked'))
            .map(el => Number(el.value));
      }
    });
    return body;
  }

  // An import's refusal names lines of the file, not fields: each goes in a row of the form's table.
  function showLine(form, err) {
    const table = form.querySelector('table.line-errors');
    const row = table.tBodies[0].insertRow();
    row.insertCell().textContent = err.line;
    row.insertCell().textContent = err.message;
    table.hidden = false;
  }

  function showProblem(form, status, problem) {
    form.querySelectorAll('.field-error').forEach(e => e.remove());
    form.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
    const box = form.querySelector('.problem');
    let message = text('e' + status, form) || text('eother', form);
    // the API says the detail in the page's language (the request carries its lang cookie)
    if (problem && problem.detail && status !== 400) {
      message += ' ' + problem.detail;
    }
    box.textContent = message;
    box.hidden = false;
    ((problem && problem.errors) || []).forEach(err => {
      if (err.line !== undefined && form.querySelector('table.line-errors')) {
        showLine(form, err);
        return;
      }
      const name = err.field.split('[')[0];
      const el = form.querySelector('[name="' + CSS.escape(err.field) + '"]')
          || form.querySelector('[data-list="' + CSS.escape(name) + '"]')
          || form.querySelector('[data-checklist="' + CSS.escape(name) + '"]')
          || form.querySelector('[name="' + CSS.escape(name) + '"][data-json=lines]');
      const note = document.createElement('span');
      note.className = 'field-error';
      note.textContent = err.message;
      // an item of a typed list is named by what was typed: "holidays[2]" is its third word
      const item = /\[(\d+)\]$/.exec(err.field);
      if (el && item && el.dataset.json === 'lines') {
        note.textContent = words(el.value)[Number(item[1])] + ': ' + err.message;
      }
      if (el && shown(el)) {
        el.setAttribute('aria-invalid', 'true');
        (el.closest('.field') || el.parentElement).appendChild(note);
      } else {
        note.textContent = err.field + ': ' + err.message;
        box.appendChild(note);
      }
    });
  }

  async function answer(response) {
    const type = response.headers.get('Content-Type') || '';
    return type.includes('json') ? response.json() : null;
  }

  async function uploadAll(caseId, input, form) {
    for (const file of Array.from(input.files)) {
      const data = new FormData();
      data.append('file', file);
      const r = await fetch('/api/complaints/' + encodeURIComponent(caseId) + '/evidence',
          {method: 'POST', headers: headers({}), body: data, credentials: 'same-origin'});
      if (!r.ok) {
        showProblem(form, r.status, await answer(r));
        return false;
      }
    }
    return true;
  }

  // A repeated password must match the one it repeats before anything is sent.
  function mismatch(form) {
    const repeat = Array.from(form.querySelectorAll('[data-same-as]'))
        .find(el => el.value !== document.getElementById(el.dataset.sameAs).value);
    if (repeat) {
      const box = form.querySelector('.problem');
      box.textContent = repeat.dataset.mismatch;
      box.hidden = false;
      repeat.setAttribute('aria-invalid', 'true');
    }
    return repeat;
  }

  // Where a form goes once the API took it: a page of its own, the same page in the language just
  // chosen, the new case, or the same page again.
  function then(form, result) {
    if (form.dataset.thenUrl) {
      window.location.assign(form.dataset.thenUrl);
    } else if (form.dataset.then === 'lang') {
      window.location.assign(window.location.pathname + '?lang=' + encodeURIComponent(result.locale));
    } else {
      window.location.reload();
    }
  }

  async function submit(form, event) {
    event.preventDefault();
    if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      return;
    }
    if (mismatch(form)) {
      return;
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    const box = form.querySelector('.problem');
    box.hidden = true;
    form.querySelectorAll('table.line-errors, [data-result]').forEach(el => { el.hidden = true; });
    form.querySelectorAll('table.line-errors tbody').forEach(body => body.replaceChildren());
    try {
      const multipart = form.enctype === 'multipart/form-data';
      // a spreadsheet goes as the file's own bytes, which the import reads as UTF-8
      const csv = form.querySelector('input[type=file][data-csv]');
      const extra = multipart ? {} : {'Content-Type': csv ? 'text/csv' : 'application/json'};
      if (form.hasAttribute('data-idempotent')) {
        // one key per filled-in form: a retry of the same complaint is recognised as such
        form.dataset.key = form.dataset.key || uuid();
        extra['Idempotency-Key'] = form.dataset.key;
      }
      const response = await fetch(form.dataset.api, {
        method: form.dataset.method || 'POST', headers: headers(extra), credentials: 'same-origin',
        body: multipart ? new FormData(form) : csv ? csv.files[0] : JSON.stringify(bodyOf(form))
      });
      const result = await answer(response);
      if (!response.ok) {
        showProblem(form, response.status, result);
        return;
      }
      if (form.dataset.then === 'case') {
        const files = document.getElementById(form.dataset.evidence);
        if (files && files.files.length) {
          box.textContent = text('uploading');
          box.hidden = false;
          if (!await uploadAll(result.id, files, form)) {
            return;
          }
        }
        window.location.assign('/cases/' + encodeURIComponent(result.id));
      } else if (form.dataset.then === 'counts' || form.dataset.then === 'answer') {
        // the answer stays on the page: an import's counts (the directory shows the shops once it is
        // searched again), or a webhook's secret, which no later page shows
        form.querySelectorAll('[data-count], [data-answer]').forEach(el => {
          el.textContent = result[el.dataset.count || el.dataset.answer];
        });
        form.querySelector('[data-result]').hidden = false;
      } else {
        then(form, result);
      }
    } catch (e) {
      showProblem(form, 0, null);
    } finally {
      button.disabled = false;
    }
  }

  function applyConditions(form) {
    form.querySelectorAll('[data-show-field]').forEach(wrapper => {
      const chosen = form.querySelector('[name="' + wrapper.dataset.showField + '"]:checked')
          || form.querySelector('select[name="' + wrapper.dataset.showField + '"]');
      const value = chosen ? chosen.value : '';
      wrapper.hidden = !wrapper.dataset.showValues.split(' ').includes(value);
    });
  }

  function preview(input) {
    const target = document.getElementById(input.dataset.preview);
    target.replaceChildren();
    Array.from(input.files).forEach(file => {
      const figure = document.createElement('figure');
      const url = URL.createObjectURL(file);
      let media;
      if (file.type.startsWith('image/')) {
        media = document.createElement('img');
      } else if (file.type.startsWith('video/')) {
        media = document.createElement('video');
        media.controls = true;
      }
      if (media) {
        media.src = url;
        media.className = 'thumb';
        figure.appendChild(media);
      }
      const caption = document.createElement('figcaption');
      caption.textContent = file.name + ' · ' + Math.ceil(file.size / 1024) + ' KB';
      figure.appendChild(caption);
      target.appendChild(figure);
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('form[data-api]').forEach(form => {
      form.addEventListener('submit', e => submit(form, e));
      form.addEventListener('change', () => applyConditions(form));
      applyConditions(form);
    });
    document.querySelectorAll('input[type=file][data-preview]').forEach(input =>
        input.addEventListener('change', () => preview(input)));
    document.addEventListener('click', e => {
      if (e.target.classList.contains('add-row')) {
        const list = e.target.closest('[data-list]');
        const row = list.querySelector('[data-list-row]').cloneNode(true);
        row.querySelectorAll('input').forEach(i => { i.value = ''; });
        list.insertBefore(row, e.target);
      } else if (e.target.classList.contains('remove-row')) {
        const list = e.target.closest('[data-list]');
        const row = e.target.closest('[data-list-row]');
        if (list.querySelectorAll('[data-list-row]').length > 1) {
          row.remove();
        } else {
          row.querySelectorAll('input').forEach(i => { i.value = ''; });
        }
      }
    });
  });
})();
