import { forwardRef, type KeyboardEvent, useImperativeHandle, useRef, useState } from 'react';
import { Group, Input, UnstyledButton } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TOPICS } from '@empact/domain';
import type { Topic } from '../../gql/graphql';
import classes from './topic-chips.module.css';

export interface TopicChipsHandle {
  focus: () => void;
}

interface TopicChipsProps {
  value: readonly Topic[];
  onChange: (value: Topic[]) => void;
  error?: string | null;
}

/**
 * The topics as toggle chips with one tab stop: arrow keys (and Home/End) move between chips, Space or Enter
 * toggles the focused one. An operator picks "bullying" and "advice" without leaving the keyboard.
 */
export const TopicChips = forwardRef<TopicChipsHandle, TopicChipsProps>(function TopicChips(
  { value, onChange, error },
  ref,
) {
  const { t } = useTranslation();
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  useImperativeHandle(ref, () => ({ focus: () => buttons.current[active]?.focus() }), [active]);

  const move = (index: number) => {
    const next = (index + TOPICS.length) % TOPICS.length;
    setActive(next);
    buttons.current[next]?.focus();
  };

  const toggle = (topic: Topic) =>
    onChange(value.includes(topic) ? value.filter((item) => item !== topic) : [...value, topic]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        event.preventDefault();
        move(index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        event.preventDefault();
        move(index - 1);
        break;
      case 'Home':
        event.preventDefault();
        move(0);
        break;
      case 'End':
        event.preventDefault();
        move(TOPICS.length - 1);
        break;
      default:
        break;
    }
  };

  return (
    <Input.Wrapper
      label={t('log.field.topics')}
      description={t('log.topicsHint')}
      error={error}
      required
      labelElement="div"
      id="log-topics"
    >
      <Group
        gap={6}
        mt={4}
        role="group"
        aria-labelledby="log-topics-label"
        aria-describedby="log-topics-description"
      >
        {TOPICS.map((topic, index) => {
          const selected = value.includes(topic);
          return (
            <UnstyledButton
              key={topic}
              ref={(element) => {
                buttons.current[index] = element;
              }}
              type="button"
              className={classes.chip}
              data-selected={selected || undefined}
              aria-pressed={selected}
              tabIndex={index === active ? 0 : -1}
              onFocus={() => setActive(index)}
              onClick={() => toggle(topic)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {selected && <IconCheck size={14} aria-hidden />}
              {t(`taxonomy:topic.${topic}`)}
            </UnstyledButton>
          );
        })}
      </Group>
    </Input.Wrapper>
  );
});
