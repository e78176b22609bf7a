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
  'home.tile.procedures': 'Administrative procedures',
  'home.tile.procedures.hint': 'Find a procedure, what papers to bring and what it costs',
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

  'catalog.title': 'Administrative procedures',
  'catalog.searchLabel': 'Find a procedure',
  'catalog.searchPlaceholder': 'Touch here to type, e.g. birth',
  'catalog.searchHint': 'Type the name of the procedure or what you need to do.',
  'catalog.searchDone': 'See results',
  'catalog.lifeEventsTitle': 'What do you need to do?',
  'catalog.categoriesTitle': 'Or choose by area',
  'catalog.topicCount': 'Procedures: {n}',
  'catalog.resultsCount': 'Procedures found: {n}',
  'catalog.matchedDocument': 'Uses the paper: {text}',
  'catalog.noResultsTitle': 'No procedure found yet',
  'catalog.noResultsBody':
    'Try fewer words, or type what you need, for example “new baby”, “renting”, “copy”.',
  'catalog.noResultsBrowse': 'Browse by area',
  'catalog.noResultsStaff': 'Ask the staff at the cultural house. They will help you find it.',
  'catalog.noResultsHotline': 'Or call the free public service hotline:',
  'catalog.topicKicker.category': 'Area',
  'catalog.topicKicker.life-event': 'What you need to do',
  'catalog.topicEmpty': 'This kiosk has no procedures here yet.',
  'catalog.submitHere': 'Apply here at the kiosk',
  'catalog.guideElsewhere': 'Done on your phone, with guidance',

  'procedure.start': 'Start the application',
  'procedure.startHint': 'The kiosk asks one question at a time. No account or password needed.',
  'procedure.guideNotice':
    'This procedure is not submitted at the kiosk. Follow the steps below on your phone.',
  'procedure.documentsTitle': 'What to bring',
  'procedure.documentsNone': 'No papers to bring.',
  'procedure.required': 'Required',
  'procedure.optional': 'If you have it',
  'procedure.form.original': 'Original',
  'procedure.form.copy': 'Copy',
  'procedure.form.original-or-copy': 'Original or copy',
  'procedure.form.certified-copy': 'Certified copy',
  'procedure.feeTitle': 'Fee',
  'procedure.timeTitle': 'How long it takes',
  'procedure.agencyTitle': 'Who handles it',
  'procedure.deliveryTitle': 'Getting the result',
  'procedure.delivery.pickup': 'Collect it at the ward or commune one-stop desk',
  'procedure.delivery.post': 'Or have it sent to your home by post',
  'procedure.stepsTitle': 'Steps',
  'procedure.qrTitle': 'Open it on your phone',
  'procedure.qrBody': 'Open your phone’s camera and point it at this code:',
  'procedure.qrAlt': 'QR code that opens {url}',
  'procedure.legalTitle': 'Legal basis and procedure code',
  'procedure.nationalCode': 'Code on the National Public Service Portal: {code}',
  'procedure.help': 'Anything unclear? Ask the staff at the cultural house, or call free:',
  'procedure.notFoundTitle': 'This procedure was not found',
  'procedure.notFoundBody': 'The list has just been updated. Please touch “Back” to find it again.',

  'speech.read': 'Read aloud',
  'speech.stop': 'Stop reading',

  'keyboard.label': 'On-screen keyboard',
  'keyboard.tone.sac': 'sắc',
  'keyboard.tone.huyen': 'huyền',
  'keyboard.tone.hoi': 'hỏi',
  'keyboard.tone.nga': 'ngã',
  'keyboard.tone.nang': 'nặng',
  'keyboard.tone.none': 'no tone',
  'keyboard.shift': 'Capital',
  'keyboard.layout.toQwerty': 'QWERTY: switch to a phone-style keyboard with Telex typing',
  'keyboard.layout.toAbc': 'ABC: switch back to the alphabetical keyboard',
  'keyboard.telexHint': 'Telex typing: aa → â, dd → đ, s → rising tone, f → falling tone',
  'keyboard.left': 'Move the cursor left',
  'keyboard.right': 'Move the cursor right',
  'keyboard.space': 'Space',
  'keyboard.backspace': 'Delete',
  'keyboard.backspace.aria': 'Delete one letter',
  'keyboard.clear': 'Clear all',
  'keyboard.done': 'Done',

  'guide.searchTitle': 'How to find a procedure',
  'guide.search.tap': 'Touch the “Find a procedure” box. A keyboard appears at the bottom.',
  'guide.search.noAccents':
    'Type a few letters; accents are not needed: “tam tru” finds “Đăng ký tạm trú”. A slip is fine.',
  'guide.search.everyday': 'Type it the way you say it, for example “new baby” or “renting”.',
  'guide.search.browse':
    'Rather not type? Touch a tile such as “Having a baby” or “Moving home” to see the procedures.',
  'guide.keyboardTitle': 'How to use the on-screen keyboard',
  'guide.keyboard.letters':
    'Letters are in alphabetical order: a ă â b c d đ e ê… The letters ă, â, đ, ê, ô, ơ, ư have their own keys.',
  'guide.keyboard.tones':
    'After a word, touch a tone key: á sắc, à huyền, ả hỏi, ã ngã, ạ nặng. The kiosk puts the mark on the right letter.',
  'guide.keyboard.fix':
    'A mistake? Touch “Delete” for one letter, “Clear all” to start again. Touch the text where you want to fix it.',
  'guide.keyboard.qwerty': 'Used to typing on a phone? Touch “QWERTY” to type with Telex.',
  'enrolment.error.CODE_INVALID':
    'This enrolment code is wrong, already used or expired. Ask the ward office for a new one and type it again.',
  'enrolment.error.AUTO_ENROLMENT_OFF':
    'The hub enrols kiosks only with a one-time code. Ask the ward office for one and type it here.',
  'enrolment.error.HUB_UNREACHABLE':
    'The kiosk cannot reach the hub. Check the network and try again.',
  'enrolment.error.HUB_ERROR':
    'The hub has a problem, so the kiosk could not enrol. Try again in a few minutes.',
  'enrolment.error.BAD_RESPONSE':
    'The hub gave an answer the kiosk cannot use, so it did not enrol. Tell the ward office technical staff.',
  'enrolment.error.STORAGE_UNAVAILABLE':
    'The kiosk could not save its enrolment. Restart it and try again; if that fails, tell the technical staff.',
};
