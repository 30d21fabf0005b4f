import Plural
