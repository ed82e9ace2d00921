import * as portkey from "./sdk/portkey";
import * as toktra from "./sdk/toktra";

export { portkey, toktra };
