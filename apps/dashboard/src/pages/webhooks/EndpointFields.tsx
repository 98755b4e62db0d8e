import { TextField } from '../../components/Field';
import type { FieldErrors } from '../../lib/use-submission';
import { MAX_DESCRIPTION_LENGTH, type EndpointForm } from './endpoint-form';
import { EventsPicker } from './EventsPicker';

/** The fields an endpoint is made of; `withEnabled` adds the switch a new endpoint starts with. */
export function EndpointFields({
  form,
  onChange,
  errors,
  withEnabled = false,
}: {
  form: EndpointForm;
  onChange: (form: EndpointForm) => void;
  errors: FieldErrors;
  withEnabled?: boolean;
}) {
  return (
    <>
      <TextField
        label="Endpoint URL"
        value={form.url}
        onChange={(event) => onChange({ ...form, url: event.target.value })}
        error={errors.url}
        placeholder="https://api.example.com/webhooks/tally"
        hint="Tally POSTs each event here. It must use https and resolve to a public address."
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        autoFocus
      />
      <TextField
        label="Description (optional)"
        value={form.description}
        onChange={(event) => onChange({ ...form, description: event.target.value })}
        error={errors.description}
        hint="For people: what this endpoint is for."
        maxLength={MAX_DESCRIPTION_LENGTH}
      />
      <EventsPicker
        value={form.events}
        onChange={(events) => onChange({ ...form, events })}
        error={errors.events}
      />
      {withEnabled && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.enabled}
            onChange={(event) => onChange({ ...form, enabled: event.target.checked })}
          />
          <span>
            <span className="checkbox-label">Enabled</span>
            <span className="checkbox-description">
              Start sending events as soon as it is created.
            </span>
          </span>
        </label>
      )}
    </>
  );
}
