import type { Translate } from '../context';
import { el, setText, uniqueId } from '../dom';
import { validateSourceForm, type FieldError, type SourceFormField, type SourceFormValues } from '../model/sourceForm';
import { LIMITS } from '../../shared/protocol';

const EMPTY: SourceFormValues = { url: '', title: '', quote: '', note: '' };

interface FieldControls {
  input: HTMLInputElement | HTMLTextAreaElement;
  error: HTMLElement;
}

/**
 * The attach/edit source form. Validates inline (URL required, http/https only, length caps) and
 * shows the host's error when the service rejects it. Its inputs are never re-rendered by updates.
 */
export class SourceFormView {
  readonly element: HTMLFormElement;
  private readonly fields = {} as Record<SourceFormField, FieldControls>;
  private readonly submitButton: HTMLButtonElement;
  private readonly status: HTMLElement;
  private initial: SourceFormValues;
  private busy = false;

  constructor(
    private readonly t: Translate,
    mode: 'attach' | 'edit',
    initial: SourceFormValues,
    private readonly onSubmit: (values: SourceFormValues, done: (ok: boolean, message?: string) => void) => void,
    onCancel?: () => void,
  ) {
    this.initial = initial;
    const heading = el('h4', { text: t(mode === 'attach' ? 'attachHeading' : 'editHeading') });
    const makeField = (
      field: SourceFormField,
      labelKey: Parameters<Translate>[0],
      multiline: boolean,
      attrs: Record<string, string | number | boolean>,
    ) => {
      const id = uniqueId(`source-${field}`);
      const errorId = `${id}-error`;
      const input = multiline
        ? el('textarea', { attrs: { id, rows: 3, ...attrs } })
        : el('input', { attrs: { id, type: 'text', ...attrs } });
      input.value = initial[field];
      input.setAttribute('aria-describedby', errorId);
      input.addEventListener('input', () => this.clearError(field));
      const error = el('p', { className: 'field-error', attrs: { id: errorId, 'aria-live': 'polite' } });
      this.fields[field] = { input, error };
      return el('div', { className: 'field' }, el('label', { attrs: { for: id }, text: t(labelKey) }), input, error);
    };
    this.submitButton = el('button', {
      className: 'primary',
      attrs: { type: 'submit' },
      text: t(mode === 'attach' ? 'attach' : 'saveSource'),
    });
    this.status = el('p', { className: 'form-status', attrs: { role: 'status' } });
    this.element = el(
      'form',
      { className: `source-form ${mode}`, attrs: { novalidate: true }, on: { submit: (event) => this.submit(event) } },
      heading,
      makeField('url', 'urlLabel', false, {
        type: 'url',
        inputmode: 'url',
        required: true,
        'aria-required': 'true',
        maxlength: LIMITS.url,
        autocomplete: 'off',
        spellcheck: false,
        placeholder: 'https://',
      }),
      makeField('title', 'titleLabel', false, { maxlength: LIMITS.title, placeholder: t('titlePlaceholder') }),
      makeField('quote', 'quoteLabel', true, { maxlength: LIMITS.quote }),
      makeField('note', 'sourceNoteLabel', true, { maxlength: LIMITS.note, rows: 2 }),
      el(
        'div',
        { className: 'form-actions' },
        this.submitButton,
        onCancel ? el('button', { className: 'secondary', attrs: { type: 'button' }, text: t('cancel'), on: { click: onCancel } }) : null,
      ),
      this.status,
    );
  }

  values(): SourceFormValues {
    return {
      url: this.fields.url.input.value,
      title: this.fields.title.input.value,
      quote: this.fields.quote.input.value,
      note: this.fields.note.input.value,
    };
  }

  /** True while the user has typed something not yet attached. */
  isDirty(): boolean {
    const values = this.values();
    return (Object.keys(values) as SourceFormField[]).some((field) => values[field] !== this.initial[field]);
  }

  focus(): void {
    this.fields.url.input.focus();
  }

  private submit(event: Event): void {
    event.preventDefault();
    if (this.busy) return;
    this.status.textContent = '';
    const result = validateSourceForm(this.values());
    if (!result.ok) {
      let first: SourceFormField | undefined;
      for (const [field, error] of Object.entries(result.errors) as [SourceFormField, FieldError][]) {
        this.showError(field, 'text' in error ? error.text : this.t(error.key, ...error.args));
        first ??= field;
      }
      if (first) this.fields[first].input.focus();
      return;
    }
    this.setBusy(true);
    this.onSubmit(result.values, (ok, message) => {
      this.setBusy(false);
      if (ok) {
        this.initial = EMPTY;
        for (const { input } of Object.values(this.fields)) input.value = '';
        this.status.textContent = this.t('saved');
      } else {
        setText(this.status, message ?? '');
      }
    });
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.submitButton.disabled = busy;
    if (busy) this.status.textContent = this.t('working');
  }

  private showError(field: SourceFormField, message: string): void {
    const { input, error } = this.fields[field];
    setText(error, message);
    input.setAttribute('aria-invalid', 'true');
  }

  private clearError(field: SourceFormField): void {
    const { input, error } = this.fields[field];
    if (error.textContent === '') return;
    error.textContent = '';
    input.removeAttribute('aria-invalid');
  }
}
