// The text box of a list field that adds what is typed (Enter or the Add
// button): it is emptied once the text is added, and shows why when it is not.
import { type ChangeEvent, type KeyboardEvent, useState } from 'react';

/** `add` adds the text to the list, or returns why it cannot. */
export function useAddText(add: (text: string) => string | undefined) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = () => {
    const problem = add(text);
    setError(problem);
    if (problem === undefined) setText('');
  };
  const inputProps = {
    value: text,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      setText(e.target.value);
      setError(undefined);
    },
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        submit();
      }
    },
  };
  return { error, submit, inputProps };
}
