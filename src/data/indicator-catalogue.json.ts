// The indicator catalogue (data/indicator-catalogue.csv) for the site: ids, names, units, topics, rules.
import {indicatorCatalogue} from "../../loaders/indicators/indicator-catalogue.ts";

process.stdout.write(JSON.stringify(indicatorCatalogue.map(({tests, ...row}) => row)));
