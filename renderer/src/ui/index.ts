export { Button } from './Button';
export { ErrorMessage } from './ErrorMessage';
export { Field } from './Field';
export { KeyboardForm } from './KeyboardForm';
export { FormatProvider, useFormat } from './FormatContext';
export { decimalsOfTick, makeFormatters, type Formatters } from './format';
export { NumberInput, parseNumber } from './NumberInput';
export { Select } from './Select';
export { SortHeader, type SortState } from './SortHeader';
