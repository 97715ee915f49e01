import { describe, expect, it } from '@jest/globals';
import { readClockTime } from './clock-input';

describe('a typed time of day', () => {
  it.each([
    ['09:30', '09:30'],
    ['9:30', '09:30'],
    ['9.30', '09:30'],
    ['21.05', '21:05'],
    ['0930', '09:30'],
    ['930', '09:30'],
    ['9', '09:00'],
    ['21', '21:00'],
    [' 23:59 ', '23:59'],
    ['00:00', '00:00'],
    ['14h30', '14:30'],
  ])('reads %p as %p on the 24-hour clock', (typed, time) => {
    expect(readClockTime(typed)).toBe(time);
  });

  it.each(['', '24:00', '9:75', '12:5', 'half nine', '9:30 PM', '12345', '-1'])('refuses %p', (typed) => {
    expect(readClockTime(typed)).toBeNull();
  });
});
