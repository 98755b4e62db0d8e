/**
 * Header cells; names listed in `numeric` are right-aligned like their
 * figures, and `actions` adds the unnamed (for screen readers: "Actions") last column.
 */
export function ColumnHeaders({
  names,
  numeric = [],
  actions = false,
}: {
  names: readonly string[];
  numeric?: readonly string[];
  actions?: boolean;
}) {
  return (
    <>
      {names.map((name) => (
        <th key={name} scope="col" className={numeric.includes(name) ? 'numeric' : undefined}>
          {name}
        </th>
      ))}
      {actions && (
        <th scope="col">
          <span className="visually-hidden">Actions</span>
        </th>
      )}
    </>
  );
}
