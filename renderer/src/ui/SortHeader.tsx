/** Sort state of a table: a column key and a direction. */
export interface SortState<K extends string> {
  key: K;
  dir: 'asc' | 'desc';
}

/**
 * A sortable column header: a button inside the header cell, with `aria-sort` on the cell so
 * assistive tech announces the order. Clicking the sorted column flips the direction.
 */
export function SortHeader<K extends string>({
  column,
  label,
  sort,
  onSort,
  align = 'right',
  title,
}: {
  column: K;
  label: string;
  /** null: the table's default order (no column sorted). */
  sort: SortState<K> | null;
  onSort: (next: SortState<K>) => void;
  align?: 'left' | 'right';
  title?: string;
}) {
  const active = sort !== null && sort.key === column;
  const ariaSort = active && sort ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <div role="columnheader" aria-sort={ariaSort} className={`th th-${align}`} title={title}>
      <button
        type="button"
        className="sort-btn"
        onClick={() => onSort({ key: column, dir: active && sort?.dir === 'asc' ? 'desc' : 'asc' })}
      >
        {label}
        <span aria-hidden="true" className="sort-arrow">
          {active ? (sort?.dir === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </div>
  );
}
