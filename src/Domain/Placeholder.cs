namespace RahZendegi.Domain; internal static class Placeholder { }
