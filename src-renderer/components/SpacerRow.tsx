/**
 * The height of the rows of a table that are not drawn (hooks/useVirtualRows.ts):
 * hidden from assistive technology, which learns the table's real size from
 * `aria-rowcount` and each drawn row's place from `aria-rowindex`.
 */
export function SpacerRow({ height, columns }: { height: number; columns: number }): React.JSX.Element | null {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true">
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
