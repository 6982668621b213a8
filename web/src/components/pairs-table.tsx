/** Names and their values (an HTTP message's headers, a postback's tags), as a table a screen reader reads by row. */
export function PairsTable({ label, pairs }: { label: string; pairs: Record<string, string> }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      <table>
        <caption className="visually-hidden">{label}</caption>
        <tbody>
          {Object.entries(pairs).map(([name, value]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td className="inspector-header-value">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
