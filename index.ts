import * as portkey from "./sdk/portkey";
import * as share from "./sdk/share";
import * as toktra from "./sdk/toktra";

export { portkey, share, toktra };
