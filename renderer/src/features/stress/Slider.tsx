import { useId } from 'react';

/** A labelled range input: native keyboard (arrows, Page Up/Down, Home/End), spoken value via aria-valuetext. */
export function Slider(props: {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  onChange: (value: number) => void;
  /** Text for the value, shown beside the slider and spoken by screen readers. */
  valueText: (value: number) => string;
  testId?: string;
}) {
  const id = useId();
  const text = props.valueText(props.value);
  return (
    <div className="stress-slider">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        aria-valuetext={text}
        data-testid={props.testId}
        onChange={(e) => props.onChange(Number(e.currentTarget.value))}
      />
      <output htmlFor={id} aria-hidden="true">
        {text}
      </output>
    </div>
  );
}
