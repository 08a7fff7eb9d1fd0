// What /about lists of the extraction's rules: numbering styles, unit forms and the unit vocabulary, each with its example.
import {unitLineForms} from "../../loaders/assignments/unit-line-forms.ts";
import {numberingStyles} from "../../loaders/text/numbering-styles.ts";
import {unitVocabulary} from "../../loaders/text/unit-vocabulary.ts";

process.stdout.write(
  JSON.stringify({
    styles: numberingStyles.map(({name, group, context, example}) => ({name, group, context: context ?? null, example})),
    forms: unitLineForms.map(({name, example}) => ({name, example})),
    vocabulary: unitVocabulary
  })
);
