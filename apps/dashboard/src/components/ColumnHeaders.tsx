/** Header cells; names listed in `numeric` are right-aligned like their figures. */
export function ColumnHeaders({
  names,
  numeric = [],
}: {
  names: readonly string[];
  numeric?: readonly string[];
}) {
  return (
    <>
      {names.map((name) => (
        <th key={name} scope="col" className={numeric.includes(name) ? 'numeric' : undefined}>
          {name}
        </th>
      ))}
    </>
  );
}
