import { forbiddenNameCharacter } from '@empact/domain';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/** The class-validator constraint of `@IsName()`, which the validation pipe turns into `input.nameCharacters`. */
export const IS_NAME = 'isName';

/**
 * A name people read on screen to know who or what they deal with (an officer, a police profile, a platform, a week, a
 * venue): no control characters and no marks that turn the direction of text, so that it cannot show as another name.
 * The rule is `forbiddenNameCharacter` of @empact/domain, which the admin app checks too.
 */
export function IsName(options?: ValidationOptions): PropertyDecorator {
  return (prototype, property) =>
    registerDecorator({
      name: IS_NAME,
      target: prototype.constructor,
      propertyName: String(property),
      options,
      validator: {
        // Other validators judge what is not a string.
        validate: (value: unknown) => typeof value !== 'string' || forbiddenNameCharacter(value) === null,
        // The character (as U+XXXX) travels in the message, the only channel class-validator gives to the pipe.
        defaultMessage: ({ property: name, value }: ValidationArguments) =>
          `${name} holds ${typeof value === 'string' ? (forbiddenNameCharacter(value) ?? '') : ''}, which has no place in a name`,
      },
    });
}
