package roundtable; public class Main { public static void main(String[] a) {} }
