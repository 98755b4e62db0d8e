/**
 * Just enough of a browser to submit the sandbox's consent page: read the
 * first form of a page (hidden and text inputs, ticked checkboxes, selects,
 * submit buttons) and send it as a browser would, without following redirects.
 * Minimal on purpose: no scripts, no nested forms, no other input types.
 */

export interface SubmitButton {
  name: string;
  value: string;
  label: string;
}

export interface HtmlForm {
  /** The absolute URL the form posts to (an empty action is the page's own URL). */
  action: string;
  method: string;
  /** Successful controls in document order, as the browser would send them. */
  fields: [string, string][];
  /** The options of each select, by the select's name. */
  options: Record<string, string[]>;
  buttons: SubmitButton[];
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

function decode(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    found[match[1].toLowerCase()] = decode(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

const textOf = (html: string) => decode(html.replace(/<[^>]*>/g, '')).trim();

export function readForm(html: string, pageUrl: string): HtmlForm {
  const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) throw new Error(`no form on the page:\n${html.slice(0, 500)}`);
  const formAttributes = attributes(form[1]);
  const body = form[2];
  const fields: [string, string][] = [];
  const options: Record<string, string[]> = {};
  const buttons: SubmitButton[] = [];
  const controls =
    /<input\b([^>]*)>|<select\b([^>]*)>([\s\S]*?)<\/select>|<button\b([^>]*)>([\s\S]*?)<\/button>/gi;
  for (const control of body.matchAll(controls)) {
    if (control[1] !== undefined) {
      const input = attributes(control[1]);
      const type = (input.type ?? 'text').toLowerCase();
      if (!input.name || 'disabled' in input) continue;
      if ((type === 'checkbox' || type === 'radio') && !('checked' in input)) continue;
      if (['hidden', 'text', 'checkbox', 'radio'].includes(type))
        fields.push([input.name, input.value ?? (type === 'checkbox' ? 'on' : '')]);
    } else if (control[2] !== undefined) {
      const select = attributes(control[2]);
      const choices = [...control[3].matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/gi)].map(
        (option) => {
          const optionAttributes = attributes(option[1]);
          return {
            value: optionAttributes.value ?? textOf(option[2]),
            selected: 'selected' in optionAttributes,
          };
        },
      );
      if (!select.name || choices.length === 0) continue;
      options[select.name] = choices.map((choice) => choice.value);
      fields.push([select.name, (choices.find((choice) => choice.selected) ?? choices[0]).value]);
    } else {
      const button = attributes(control[4]);
      if ((button.type ?? 'submit').toLowerCase() !== 'submit' || !button.name) continue;
      buttons.push({ name: button.name, value: button.value ?? '', label: textOf(control[5]) });
    }
  }
  return {
    action: new URL(formAttributes.action ?? '', pageUrl).toString(),
    method: (formAttributes.method ?? 'get').toUpperCase(),
    fields,
    options,
    buttons,
  };
}

/**
 * Clicks the button with this label: the form's fields (a select set to one
 * of its own options when `choices` names it) and the button's name and value,
 * URL-encoded, sent to the form's action.
 */
export function submitForm(
  form: HtmlForm,
  buttonLabel: string,
  choices: Record<string, string> = {},
): Promise<Response> {
  if (form.method !== 'POST') throw new Error(`only POST forms are supported, not ${form.method}`);
  const button = form.buttons.find((each) => each.label === buttonLabel);
  if (!button) throw new Error(`no "${buttonLabel}" button among ${JSON.stringify(form.buttons)}`);
  for (const [name, value] of Object.entries(choices)) {
    if (!form.options[name]?.includes(value))
      throw new Error(`the form has no option "${value}" for ${name}`);
  }
  const body = new URLSearchParams(
    form.fields.map(([name, value]): [string, string] => [name, choices[name] ?? value]),
  );
  body.append(button.name, button.value);
  return fetch(form.action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
    redirect: 'manual',
  });
}
