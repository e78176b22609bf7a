// English: the second language, for visitors and residents who read it more easily.
import type { MessageTable } from './vi';

/** English messages; the type makes a missing or extra key a compile error. */
export const en: MessageTable = {
  'app.title': 'Public service kiosk',
  'app.serviceName': 'Public services',
  'language.vi': 'Tiếng Việt',
  'language.en': 'English',

  'attract.touchToStart': 'Touch to start',
  'attract.invitation': 'Do administrative procedures, one step at a time, with guidance.',
  'attract.chooseLanguage': 'Choose a language',
  'attract.freeHotline': 'National public service hotline (free):',

  'home.greeting': 'Hello!',
  'home.question': 'What would you like to do?',
  'home.helpTitle': 'Need help?',
  'home.helpBody': 'Ask the staff at the cultural house. They are glad to help.',
  'home.tile.guide': 'How to use',
  'home.tile.guide.hint': 'Using the kiosk, opening hours, help phone numbers',

  'nav.label': 'Navigation',
  'nav.back': 'Back',
  'nav.home': 'Home',
  'nav.end': 'End',

  'display.label': 'Display',
  'display.textSize': 'Text size',
  'display.textSize.0': 'Normal text',
  'display.textSize.1': 'Large text',
  'display.textSize.2': 'Largest text',
  'display.contrast': 'Contrast',
  'display.contrast.hint': 'White text on black, easier to read',

  'idle.title': 'Are you still there?',
  'idle.body': 'If not, the kiosk will end and erase your information in:',
  'idle.seconds': '{n} seconds',
  'idle.continue': 'Continue',
  'idle.end': 'End',

  'guide.title': 'How to use',
  'guide.stepsTitle': 'Using the kiosk',
  'guide.step.touch': 'Touch a button lightly with one finger. No need to press hard.',
  'guide.step.oneQuestion':
    'Each screen asks one thing. Read it, answer, then touch the button to go on.',
  'guide.step.textSize':
    'Text too small? Touch a bigger letter A at the top. Touch “Contrast” for clearer text.',
  'guide.step.moveAround':
    'Touch “Back” to return to the previous screen. Touch “Home” to go to the first screen.',
  'guide.step.end':
    'When you are done, touch “End”. The kiosk erases your information. If you walk away, it also erases it after a few minutes.',
  'guide.step.help': 'Need help? Ask the staff at the cultural house, or call a number below.',
  'guide.hoursTitle': 'Opening hours',
  'guide.hotlinesTitle': 'Help phone numbers',
  'guide.nationalHotline': 'National public service hotline (free)',

  'lazy.loading': 'Opening…',
  'lazy.errorTitle': 'This screen could not open',
  'lazy.errorBody': 'Please touch “Try again”. If it still does not work, ask the staff here.',
  'lazy.retry': 'Try again',

  'notFound.title': 'There is no such screen',
  'notFound.body': 'Please touch “Home” to start again.',
};
