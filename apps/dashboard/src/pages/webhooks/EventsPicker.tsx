import { useId } from 'react';
import {
  EVENT_DESCRIPTIONS,
  SUBSCRIBABLE_EVENT_TYPES,
  type EventSelection,
  type SubscribableEventType,
} from './webhook-events';

/** "All events" (those added later too), or the event types ticked one by one. */
export function EventsPicker({
  value,
  onChange,
  error,
}: {
  value: EventSelection;
  onChange: (value: EventSelection) => void;
  error?: string;
}) {
  const id = useId();
  const toggle = (type: SubscribableEventType, checked: boolean) =>
    onChange({
      ...value,
      types: checked ? [...value.types, type] : value.types.filter((kept) => kept !== type),
    });
  return (
    <fieldset
      className={error ? 'field field-invalid' : 'field'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>Events</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value.all}
          onChange={(event) => onChange({ ...value, all: event.target.checked })}
        />
        <span>
          <span className="checkbox-label">All events</span>
          <span className="checkbox-description">
            Every event type, including those Tally adds later.
          </span>
        </span>
      </label>
      {!value.all && (
        <div className="checkbox-list" data-testid="event-types">
          {SUBSCRIBABLE_EVENT_TYPES.map((type) => (
            <label key={type} className="checkbox">
              <input
                type="checkbox"
                checked={value.types.includes(type)}
                onChange={(event) => toggle(type, event.target.checked)}
              />
              <span>
                <span className="checkbox-label">{EVENT_DESCRIPTIONS[type].label}</span>
                <span className="checkbox-description">{EVENT_DESCRIPTIONS[type].description}</span>
                <span className="checkbox-detail">{type}</span>
              </span>
            </label>
          ))}
        </div>
      )}
      <p className="field-hint">A test event reaches the endpoint whatever it subscribes to.</p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
