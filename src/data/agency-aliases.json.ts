// The agency alias table (data/agency-aliases.csv): canonical agencies with the spellings that map to them.
import {agencyAliases} from "../../loaders/assignments/agency-aliases.ts";

process.stdout.write(JSON.stringify(agencyAliases().rows));
