import { TextAreaField } from '../../components/Field';
import { MAX_METADATA_BYTES } from '../../lib/metadata';

/** Free-form JSON a customer keeps on a key or a client. */
export function MetadataField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <TextAreaField
      label="Metadata (optional)"
      className="code-input"
      rows={4}
      spellCheck={false}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      placeholder={'{"team": "billing"}'}
      error={error}
      hint={`A JSON object of your own, up to ${MAX_METADATA_BYTES} bytes: a team, a machine, a ticket.`}
    />
  );
}
