import type { ComponentProps } from 'react';

/** A button; `variant` picks the colour (primary action, danger, quiet). Always type="button" unless told. */
export function Button({
  variant = 'default',
  className,
  type = 'button',
  ...rest
}: ComponentProps<'button'> & { variant?: 'default' | 'primary' | 'danger' | 'quiet' }) {
  return <button type={type} className={['btn', `btn-${variant}`, className].filter(Boolean).join(' ')} {...rest} />;
}
